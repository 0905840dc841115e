// A line's stations and tracks as one list to study, in the order the line runs: the main path from its start, then
// each branch. A station where a branch joins the path is listed once, where it first appears.
import type { Line, Landmark, Structure } from '../../content/schemas';
import { resolveSteps } from '../../explorer/linePath';

export interface StudyItem {
  kind: 'station' | 'track';
  /** Landmark or structure id; unique within the line, so it is the item's key in the URL (`item=psoas`). */
  id: string;
  /** The branch it lies on (its id), or null on the main path. */
  branch: string | null;
  /** Lies under other tissue: shown with the skin see-through. */
  deep: boolean;
  /** Structures Myers groups into this track. */
  with: readonly string[];
  /** On the other side of the body than where the line starts (the Spiral and Functional Lines cross). */
  otherSide: boolean;
}

export function studyItems(
  line: Line,
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
): StudyItem[] {
  const items: StudyItem[] = [];
  const seen = new Set<string>();
  const strands: { branch: string | null; steps: Line['path'] }[] = [
    { branch: null, steps: line.path },
    ...line.branches.map((branch) => ({ branch: branch.id, steps: branch.path })),
  ];
  for (const { branch, steps } of strands) {
    const resolved = resolveSteps(steps, line, 'l', landmarks, structures);
    steps.forEach((step, index) => {
      const key = `${step.kind}:${step.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      items.push({
        kind: step.kind,
        id: step.id,
        branch,
        deep: resolved[index]?.deep ?? false,
        with: step.kind === 'track' ? step.with : [],
        otherSide: step.side === 'opposite',
      });
    });
  }
  return items;
}

/** The stations of the main path in order, each once (for the ordering quiz). */
export function mainStations(line: Line): string[] {
  const stations: string[] = [];
  for (const step of line.path) if (step.kind === 'station' && !stations.includes(step.id)) stations.push(step.id);
  return stations;
}
