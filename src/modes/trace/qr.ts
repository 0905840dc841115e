// A QR code as one SVG path: drawn by us from qrcode-generator's modules, so nothing but our own markup is used.
import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** An SVG path of 1×1 squares, one per dark module, offset by the quiet zone. */
  d: string;
  /** The side of the whole square including the quiet zone, for the viewBox. */
  viewBox: number;
}

/** Four modules of light around the code, as the standard asks, so phones read it from paper too. */
const QUIET_ZONE = 4;

export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (qr.isDark(row, column)) d += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size, d, viewBox: size + QUIET_ZONE * 2 };
}
