// Lines as the app really draws them: src/scene/LineRibbons.tsx's buildStrandPoints puts superficial points on
// the skin (closest point through a BVH) and smooths them, then the ribbon is built. Loaded lazily: it brings React.
import { MeshBVH } from 'three-mesh-bvh';
import type { Side } from '../../src/content/ids';
import type { DrawnLine } from '../../src/explorer/highlight';
import { resolveSteps } from '../../src/explorer/linePath';
import { buildRibbonGeometry } from '../../src/scene/ribbonGeometry';
import type { BodyIndex } from '../../src/scene/modelIndex';
import type { LineInputs, ModelLookups } from './lines';
import type { ModelParts } from './model';
import { summarise, timeRuns, type Timed } from './stats';

const SIDES: readonly Side[] = ['l', 'r'];

export async function measureOnSkin(inputs: LineInputs, model: ModelParts & ModelLookups, runs: number) {
  // R3F's CommonJS build requires three, which Node flags as deprecated; that notice is not ours to fix here.
  process.noDeprecation = true;
  const { buildStrandPoints } = await import('../../src/scene/LineRibbons');

  let skin: MeshBVH | undefined;
  const buildMs = timeRuns(3, () => {
    skin = new MeshBVH(model.skin.clone());
  }, 1);
  if (!skin) throw new Error('no skin BVH');
  const index: BodyIndex = {
    regions: new Map(),
    tracks: new Map(),
    stations: new Map(),
    landmarks: new Map(model.landmarks),
    centerlines: new Map([...model.centerlines].map(([name, curve]) => [name, [...curve]])),
    skin,
  };

  const drawnLines = inputs.lines.map((line): DrawnLine[] =>
    SIDES.map((side) => {
      const resolve = (steps: typeof line.path) => resolveSteps(steps, line, side, inputs.landmarks, inputs.structures);
      return { lineId: line.id, side, strands: [resolve(line.path), ...line.branches.map((branch) => resolve(branch.path))] };
    }),
  );
  const build = (drawn: readonly DrawnLine[]) => {
    for (const side of drawn) {
      for (const points of buildStrandPoints(side, index)) buildRibbonGeometry(points).dispose();
    }
  };
  // One untimed pass over every line first, so the first line does not pay for compiling the code.
  for (const drawn of drawnLines) build(drawn);
  const perLine = drawnLines.map((drawn) => timeRuns(runs, () => build(drawn), 1));
  const perLineMs: Timed = {
    samples: perLine.map((timed) => summarise(timed.samples).median),
    cpuPerRun: perLine.reduce((sum, timed) => sum + timed.cpuPerRun, 0) / perLine.length,
  };
  return { buildMs, perLineMs, lines: inputs.lines.length };
}
