import { Fragment, useEffect, useState } from 'react';
import { HINT_KEYS, initialInput, inputOfPointer, type InputKind } from '../explorer/input';
import { useT } from '../i18n/useT';
import { useExplorer } from '../state/explorerStore';

const NAVIGATION_KEYS = new Set(['Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '=']);

/** The hint under the body, in the words of the hand in use: mouse, finger or keys (the last one used). */
export function ViewerHint() {
  const t = useT();
  const [input, setInput] = useState<InputKind>(() =>
    initialInput(typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches),
  );
  // Once the body has been turned or tapped, the hint has done its work: it fades, so it never sits over the body.
  const [used, setUsed] = useState(false);
  const regionOpen = useExplorer((state) => state.region !== null);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      setInput(inputOfPointer(event.pointerType));
      // Turning the body by the camera buttons or zooming with them counts too: the person has found how it moves.
      if ((event.target as Element | null)?.closest?.('[data-testid="viewer"] canvas, .camera-buttons')) setUsed(true);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!NAVIGATION_KEYS.has(event.key)) return;
      setInput('keyboard');
      if ((event.target as Element | null)?.closest?.('[data-testid="viewer"]')) setUsed(true);
    };
    window.addEventListener('pointerdown', onPointer, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <p className={`viewer__hint${used || regionOpen ? ' viewer__hint--done' : ''}`} aria-hidden="true" data-input={input}>
      {/* One gesture per part, so a narrow screen can give each its own line. */}
      {t(HINT_KEYS[input]).split(' · ').map((gesture, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="viewer__hint-gap">{'\u00a0· '}</span>}
          <span className="viewer__hint-part">{gesture}</span>
        </Fragment>
      ))}
    </p>
  );
}
