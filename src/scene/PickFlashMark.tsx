import { Html } from '@react-three/drei';
import type { Point3 } from '../explorer/linePath';

/** The ring itself, as HTML at the picked point: its own chunk, since drei's Html is needed only once a tap lands. */
export function PickFlashMark({ at, serial }: { at: Point3; serial: number }) {
  return (
    <Html position={at as [number, number, number]} center zIndexRange={[5, 0]} style={{ pointerEvents: 'none' }}>
      <span key={serial} className="pick-flash" data-testid="pick-flash" aria-hidden="true" />
    </Html>
  );
}
