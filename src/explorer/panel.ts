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

/** What Escape closes: the region panel first, then the line page; a story or the start panel stays. */
export function escapeCloses(inputs: PanelInputs): 'region' | 'line' | null {
  const shown = panelContent(inputs);
  if (shown.kind === 'region') return 'region';
  if (shown.kind === 'line') return 'line';
  return null;
}
