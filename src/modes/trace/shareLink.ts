// The link that replays a trace at home: language, mode and pins only (never names or notes).
import type { Language } from '../../content/ids';
import { formatPins, type Pin } from './pins';

export function traceLink(origin: string, pathname: string, language: Language, pins: readonly Pin[]): string {
  return `${origin}${pathname}?lang=${language}&mode=trace&trace=${formatPins(pins)}`;
}
