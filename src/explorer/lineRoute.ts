// Where a line runs, as body parts in the order a person would trace it: along its main path, foot (or hand) first.
import type { LineGroup, RegionBaseId } from '../content/ids';
import { regionsOfStep } from '../content/indexes';
import type { Landmark, Line, PathStep, Structure } from '../content/schemas';

/**
 * How far along a line each body part lies, to order the parts one track spans (a track lists its regions in no
 * particular order): height for the lines of the legs and trunk, distance from the hand for the arm lines.
 */
export const HEIGHT_ORDER: readonly RegionBaseId[] = [
  'foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'pelvis', 'lower_back', 'abdomen', 'chest', 'upper_back',
  'shoulder', 'arm', 'hand', 'neck', 'jaw', 'head',
];
export const ARM_ORDER: readonly RegionBaseId[] = [
  'hand', 'arm', 'shoulder', 'chest', 'upper_back', 'lower_back', 'abdomen', 'pelvis', 'neck', 'jaw', 'head',
  'hip', 'thigh', 'knee', 'lower_leg', 'ankle', 'foot',
];

export const orderOf = (group: LineGroup): readonly RegionBaseId[] => (group === 'arm' ? ARM_ORDER : HEIGHT_ORDER);

/**
 * The parts a track crosses on a line, in the line's direction: of all the parts its structure covers, those between
 * the stations where the line enters and leaves it. A line may follow only part of a muscle: the Ipsilateral
 * Functional Line runs along the outer edge of the latissimus from the lower ribs to the arm, not over its lumbar part.
 * Without a station on one side (a strand that begins or ends in a track) every part counts.
 */
export function partsCrossed(
  parts: readonly RegionBaseId[],
  enters: RegionBaseId | undefined,
  leaves: RegionBaseId | undefined,
  order: readonly RegionBaseId[],
): RegionBaseId[] {
  const rank = (region: RegionBaseId) => order.indexOf(region);
  const ascending = [...parts].sort((a, b) => rank(a) - rank(b));
  if (enters === undefined || leaves === undefined) return ascending;
  const low = Math.min(rank(enters), rank(leaves));
  const high = Math.max(rank(enters), rank(leaves));
  const between = ascending.filter((region) => rank(region) >= low && rank(region) <= high);
  return rank(enters) <= rank(leaves) ? between : between.reverse();
}

/** The parts of each step of a strand, in order: a station's own, a track's as it is crossed between its stations. */
export function partsOfSteps(
  steps: readonly PathStep[],
  group: LineGroup,
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
): RegionBaseId[][] {
  const order = orderOf(group);
  const stationPart = (step: PathStep | undefined) =>
    step?.kind === 'station' ? regionsOfStep(step, landmarks, structures)[0] : undefined;
  return steps.map((step, index) => {
    const parts = regionsOfStep(step, landmarks, structures);
    if (step.kind === 'station') return [...parts];
    return partsCrossed(parts, stationPart(steps[index - 1]), stationPart(steps[index + 1]), order);
  });
}

export function lineRoute(
  line: Pick<Line, 'path'> & { group: LineGroup },
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
): RegionBaseId[] {
  const route: RegionBaseId[] = [];
  for (const parts of partsOfSteps(line.path, line.group, landmarks, structures)) {
    route.push(...parts.filter((region) => !route.includes(region)));
  }
  return route;
}
