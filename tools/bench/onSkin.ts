// Lines as the app really draws them: src/explorer/lineGeometry.ts's strandPoints puts superficial points on the skin
// (closest point through a BVH, src/scene/modelIndex.ts's skinSurface) and smooths them, then the ribbon is built.
// The app does this once per line and side, the first time it is shown; later taps only show or hide it.
import { MeshBVH } from 'three-mesh-bvh';
import type { Side } from '../../src/content/ids';
import type { DrawnLine } from '../../src/explorer/highlight';
import { stationPoints, strandPoints } from '../../src/explorer/lineGeometry';
import { resolveSteps } from '../../src/explorer/linePath';
import { buildRibbonGeometry } from '../../src/scene/ribbonGeometry';
import { regionHighlight, weldSkin, type SkinTopology } from '../../src/explorer/regionWeights';
import { modelLookup, skinParts, skinSurface, type BodyIndex } from '../../src/scene/modelIndex';
import type { LineInputs, ModelLookups } from './lines';
import type { ModelParts } from './model';
import { summarise, timeRuns, type Timed } from './stats';

const SIDES: readonly Side[] = ['l', 'r'];

export async function measureOnSkin(inputs: LineInputs, model: ModelParts & ModelLookups, runs: number) {
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
  const surface = skinSurface(index);
  const lookup = modelLookup(index);

  const drawnLines = inputs.lines.map((line): DrawnLine[] =>
    SIDES.map((side) => {
      const resolve = (steps: typeof line.path) => resolveSteps(steps, line, side, inputs.landmarks, inputs.structures);
      return { lineId: line.id, side, strands: [resolve(line.path), ...line.branches.map((branch) => resolve(branch.path))] };
    }),
  );
  const build = (drawn: readonly DrawnLine[]) => {
    for (const side of drawn) {
      stationPoints(side, lookup, surface);
      buildRibbonGeometry(strandPoints(side, lookup, surface)).dispose();
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

/** Soft region highlights as the app builds them: the skin welded once, then each region on its first choice. */
export function measureRegionHighlights(index: BodyIndex, runs: number) {
  let topology: SkinTopology | undefined;
  const weldMs = timeRuns(runs, () => {
    topology = weldSkin(skinParts(index));
  }, 1);
  if (!topology) throw new Error('no skin');
  const welded = topology;
  const regions = [...index.regions.keys()];
  for (const region of regions) regionHighlight(welded, region); // warm the JIT and the vertex grid
  const perRegion = regions.map((region) => timeRuns(runs, () => regionHighlight(welded, region), 1));
  const perRegionMs: Timed = {
    samples: perRegion.map((timed) => summarise(timed.samples).median),
    cpuPerRun: perRegion.reduce((sum, timed) => sum + timed.cpuPerRun, 0) / perRegion.length,
  };
  return { weldMs, perRegionMs, regions: regions.length, vertices: welded.positions.length / 3 };
}
