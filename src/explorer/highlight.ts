// Which parts of the model light up for the lines that are shown, and on which side.
import type { LineId, Side } from '../content/ids';
import type { Content } from '../content/load';
import type { ShownLine } from './shownLine';
import { resolveSteps, type ResolvedStep } from './linePath';
import { sidesToDraw } from './selection';

export interface DrawnLine {
  lineId: LineId;
  side: Side;
  /** The main path, then each branch, as separate strands (a branch is drawn from its fork). */
  strands: ResolvedStep[][];
}

export function drawnLines(shown: readonly ShownLine[], content: Pick<Content, 'lines' | 'landmarks' | 'structures'>): DrawnLine[] {
  return shown.flatMap(({ id, side }) =>
    sidesToDraw(side).map((drawnSide) => {
      const line = content.lines[id];
      const resolve = (steps: Parameters<typeof resolveSteps>[0]) =>
        resolveSteps(steps, line, drawnSide, content.landmarks, content.structures);
      return { lineId: id, side: drawnSide, strands: [resolve(line.path), ...line.branches.map((branch) => resolve(branch.path))] };
    }),
  );
}

/** Mesh name → the first shown line it belongs to (tracks and station bones). */
export function litMeshes(lines: readonly DrawnLine[]): Map<string, LineId> {
  const lit = new Map<string, LineId>();
  for (const drawn of lines) {
    for (const step of drawn.strands.flat()) {
      for (const name of [step.meshName, ...(step.partnerMeshNames ?? [])]) if (!lit.has(name)) lit.set(name, drawn.lineId);
    }
  }
  return lit;
}

/** Lines whose path uses a structure or landmark (base id), for naming what was tapped. */
export function linesOfPart(kind: 'station' | 'track', id: string, content: Pick<Content, 'index'>): readonly LineId[] {
  return (kind === 'station' ? content.index.linesOfLandmark.get(id) : content.index.linesOfStructure.get(id)) ?? [];
}

