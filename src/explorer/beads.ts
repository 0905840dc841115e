// Which station beads matter when many lines are lit: a line's two ends (where a person finds it) and the stations
// where it crosses the body's midline (where the left and right halves meet or cross over). The others are left out
// then, or twelve lines would hide the body under dots (user test: "all lines" was a tangle).
import type { Point3 } from './linePath';

/** How near the midline (|x| in metres) a station counts as on it. */
export const MIDLINE = 0.02;

/** The stations' positions in the order their beads are stored: key stations first, so a count shows only those. */
export function beadOrder(points: readonly Point3[], midline = MIDLINE): { order: number[]; keyCount: number } {
  const last = points.length - 1;
  const isKey = (position: number) => position === 0 || position === last || Math.abs(points[position]?.[0] ?? Infinity) <= midline;
  const key = points.map((_, position) => position).filter(isKey);
  const rest = points.map((_, position) => position).filter((position) => !isKey(position));
  return { order: [...key, ...rest], keyCount: key.length };
}
