// Pure selection logic of the explorer: which lines are lit, on which side, and which region is open.
import { LINE_IDS, type LineId, type RegionId } from '../content/ids';
import type { LineSide, ShownLine } from './shownLine';

/** Switches a line on (both sides) or off; lines keep the canonical order so URLs stay stable. */
export function toggleLine(shown: readonly ShownLine[], id: LineId): ShownLine[] {
  if (shown.some((line) => line.id === id)) return shown.filter((line) => line.id !== id);
  return sortLines([...shown, { id, side: 'both' }]);
}

export function setLineSide(shown: readonly ShownLine[], id: LineId, side: LineSide): ShownLine[] {
  const others = shown.filter((line) => line.id !== id);
  return sortLines([...others, { id, side }]);
}

/** All lines on; a side already chosen for a line is kept. */
export function showAllLines(shown: readonly ShownLine[]): ShownLine[] {
  return LINE_IDS.map((id) => shown.find((line) => line.id === id) ?? { id, side: 'both' });
}

export function sortLines(shown: readonly ShownLine[]): ShownLine[] {
  return [...shown].sort((a, b) => LINE_IDS.indexOf(a.id) - LINE_IDS.indexOf(b.id));
}

export function isLineShown(shown: readonly ShownLine[], id: LineId): boolean {
  return shown.some((line) => line.id === id);
}

/** Tapping the open region again closes it. */
export function nextRegion(current: RegionId | null, tapped: RegionId): RegionId | null {
  return current === tapped ? null : tapped;
}

/** Which sides of a line to draw. */
export function sidesToDraw(side: LineSide): readonly ('l' | 'r')[] {
  return side === 'both' ? ['l', 'r'] : [side];
}

/** The lines with this one lit (on both sides) if it was not lit yet; unchanged otherwise. */
export function withLine(shown: readonly ShownLine[], id: LineId): ShownLine[] {
  return shown.some((line) => line.id === id) ? [...shown] : sortLines([...shown, { id, side: 'both' }]);
}
