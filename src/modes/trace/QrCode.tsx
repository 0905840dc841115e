import { useMemo } from 'react';
import { qrPath } from './qr';

/** A QR code drawn as our own SVG: dark modules on white, crisp at any size and in print. */
export function QrCode({ text, label, size = 176 }: { text: string; label: string; size?: number }) {
  const qr = useMemo(() => qrPath(text), [text]);
  return (
    <svg className="trace-qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${qr.viewBox} ${qr.viewBox}`} shapeRendering="crispEdges">
      <rect width={qr.viewBox} height={qr.viewBox} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
