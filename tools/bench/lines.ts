// Line building: path steps → model points → evenly spaced points → ribbon geometry, per line, both sides.
import type { LineId, Side } from '../../src/content/ids';
import type { Landmark, Line, PathStep, Structure } from '../../src/content/schemas';
import { pathPoints, resample, resolveSteps, type ModelLookup, type Point3, type ResolvedStep } from '../../src/explorer/linePath';
import { buildRibbonGeometry } from '../../src/scene/ribbonGeometry';
import { SPACING } from '../../src/explorer/lineGeometry';
import { timeRuns, type Timed } from './stats';

const SIDES: readonly Side[] = ['l', 'r'];

export interface LineInputs {
  lines: readonly Line[];
  landmarks: ReadonlyMap<string, Landmark>;
  structures: ReadonlyMap<string, Structure>;
}

export interface ModelLookups {
  landmarks: ReadonlyMap<string, Point3>;
  centerlines: ReadonlyMap<string, readonly Point3[]>;
  names: ReadonlySet<string>;
}

export interface MissingPart {
  lineId: LineId;
  modelName: string;
  /** What is wrong: no node at all, or a track without its centre curve. */
  problem: 'no landmark node' | 'no station mesh' | 'no track' | 'track without centerline';
}

export interface LineMeasure {
  lineId: LineId;
  ms: Timed;
  strands: number;
  steps: number;
  points: number;
  triangles: number;
}

/** Every strand of a line (main path, then each branch) on both sides, resolved to model names. */
export function resolveLine(line: Line, inputs: LineInputs): ResolvedStep[][] {
  const paths: readonly (readonly PathStep[])[] = [line.path, ...line.branches.map((branch) => branch.path)];
  return SIDES.flatMap((side) => paths.map((steps) => resolveSteps(steps, line, side, inputs.landmarks, inputs.structures)));
}

export function missingParts(lineId: LineId, strands: readonly ResolvedStep[][], model: ModelLookups): MissingPart[] {
  const missing = new Map<string, MissingPart>();
  for (const step of strands.flat()) {
    if (step.kind === 'station' && !model.landmarks.has(step.modelName)) {
      missing.set(step.modelName, { lineId, modelName: step.modelName, problem: 'no landmark node' });
    }
    // The bone form a station lights up with; its absence drops a highlight, not the ribbon.
    if (step.kind === 'station' && !model.names.has(step.meshName) && !missing.has(step.meshName)) {
      missing.set(step.meshName, { lineId, modelName: step.meshName, problem: 'no station mesh' });
    }
    if (step.kind === 'track' && !model.centerlines.has(step.modelName)) {
      const problem = model.names.has(step.modelName) ? 'track without centerline' : 'no track';
      missing.set(step.modelName, { lineId, modelName: step.modelName, problem });
    }
  }
  return [...missing.values()];
}

export function measureLines(inputs: LineInputs, model: ModelLookups, runs: number): { measures: LineMeasure[]; missing: MissingPart[]; missingSteps: number } {
  const lookup: ModelLookup = {
    landmark: (name) => model.landmarks.get(name),
    centerline: (name) => model.centerlines.get(name),
  };
  const measures: LineMeasure[] = [];
  const missing: MissingPart[] = [];
  let missingSteps = 0;
  const buildLine = (line: Line) => {
    let points = 0;
    let triangles = 0;
    // Resolving is part of the cost: the app resolves again whenever the shown lines change.
    for (const steps of resolveLine(line, inputs)) {
      const spaced = resample(pathPoints(steps, lookup), SPACING);
      const geometry = buildRibbonGeometry([spaced]);
      points += spaced.length;
      triangles += (geometry.index?.count ?? 0) / 3;
      geometry.dispose();
    }
    return { points, triangles };
  };
  // Warm the JIT on every line first, so the first line measured does not pay for compiling the code.
  for (let pass = 0; pass < 3; pass++) for (const line of inputs.lines) buildLine(line);

  for (const line of inputs.lines) {
    const strands = resolveLine(line, inputs);
    const lineMissing = missingParts(line.id, strands, model);
    missing.push(...lineMissing);
    const missingNames = new Set(lineMissing.map((part) => part.modelName));
    missingSteps += strands.flat().filter((step) => missingNames.has(step.modelName) || missingNames.has(step.meshName)).length;

    let built = { points: 0, triangles: 0 };
    const ms = timeRuns(runs, () => {
      built = buildLine(line);
    }, 1);
    const { points, triangles } = built;
    measures.push({ lineId: line.id, ms, strands: strands.length, steps: strands.reduce((sum, steps) => sum + steps.length, 0), points, triangles });
  }
  return { measures, missing, missingSteps };
}

/** The missing parts per line, names listed up to a limit so a model without tracks does not flood the output. */
export function describeMissing(missing: readonly MissingPart[], limit = 60): string {
  const out = [`Model parts the line paths need but body.glb lacks (${missing.length}, counted per line):`];
  let listed = 0;
  const byLine = new Map<LineId, MissingPart[]>();
  for (const part of missing) byLine.set(part.lineId, [...(byLine.get(part.lineId) ?? []), part]);
  for (const [lineId, parts] of byLine) {
    const room = Math.max(0, limit - listed);
    const shown = parts.slice(0, room).map((part) => `${part.modelName}${part.problem === 'track without centerline' ? ' (no centerline)' : ''}`);
    listed += shown.length;
    const rest = parts.length - shown.length;
    out.push(`  ${lineId.padEnd(4)} ${parts.length}: ${shown.join(', ')}${rest > 0 ? `${shown.length > 0 ? ', ' : ''}… ${rest} more` : ''}`);
  }
  return out.join('\n');
}
