// What the side panel shows, and what Escape closes: one rule, so panel, keyboard and URL agree.
import type { LineId, RegionId } from '../content/ids';
import type { ShownLine } from './shownLine';

export type PanelContent =
  | { kind: 'region'; region: RegionId }
  | { kind: 'line'; lineId: LineId }
  /** A line is lit and nothing else is open: its short story, with a way into its page. */
  | { kind: 'story'; lineId: LineId }
  | { kind: 'start' };

export interface PanelInputs {
  region: RegionId | null;
  lineDetail: LineId | null;
  shownLines: readonly ShownLine[];
}

/** A region the person opened comes first, then an open line page, then the line lit last, else the start panel. */
export function panelContent({ region, lineDetail, shownLines }: PanelInputs): PanelContent {
  if (region) return { kind: 'region', region };
  if (lineDetail) return { kind: 'line', lineId: lineDetail };
  const lastLit = shownLines.at(-1);
  if (lastLit) return { kind: 'story', lineId: lastLit.id };
  return { kind: 'start' };
}

/** With this many lines lit or more, the panel first shows them all side by side, then one story when asked. */
export const OVERVIEW_FROM = 4;

export type StoryContent = { kind: 'overview' } | { kind: 'story'; lineId: LineId };

/**
 * Whose story the panel tells with lines lit: the line picked (from the panel's row or just switched on) while it is
 * still lit; without one, a single line's story when few are lit, or the overview of all of them when many are.
 */
export function storyContent(lit: readonly LineId[], picked: LineId | null): StoryContent | undefined {
  if (picked && lit.includes(picked)) return { kind: 'story', lineId: picked };
  if (lit.length >= OVERVIEW_FROM) return { kind: 'overview' };
  const last = lit.at(-1);
  return last ? { kind: 'story', lineId: last } : undefined;
}

/** What Escape closes: the region panel first, then the line page; a story or the start panel stays. */
export function escapeCloses(inputs: PanelInputs): 'region' | 'line' | null {
  const shown = panelContent(inputs);
  if (shown.kind === 'region') return 'region';
  if (shown.kind === 'line') return 'line';
  return null;
}
