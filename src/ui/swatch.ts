// A line's swatch is the line's own colour, exactly as on the body, with its abbreviation on it as a second cue
// where colour alone cannot carry it; the ink is whichever of dark and light reads better on that colour.
import type { CSSProperties } from 'react';

const DARK_INK = '#1b1815';
const LIGHT_INK = '#ffffff';

/** WCAG relative luminance of "#rrggbb". */
export function relativeLuminance(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 255) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The ink for text written on a line's colour. */
export function inkOn(colour: string): string {
  return contrastRatio(colour, DARK_INK) >= contrastRatio(colour, LIGHT_INK) ? DARK_INK : LIGHT_INK;
}

/** CSS variables for a line's list item, chip or swatch. */
export function lineColourStyle(colour: string): CSSProperties {
  return { '--line-colour': colour, '--line-ink': inkOn(colour) } as CSSProperties;
}
