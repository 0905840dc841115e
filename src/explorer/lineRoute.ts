// Where a line runs, as body parts in the order a person would trace it: along its main path, foot (or hand) first.
import type { LineGroup, RegionBaseId } from '../content/ids';
import { regionsOfStep } from '../content/indexes';
import type { Landmark, Line, Structure } from '../content/schemas';

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

export function lineRoute(
  line: Pick<Line, 'path'> & { group: LineGroup },
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
): RegionBaseId[] {
  const order = line.group === 'arm' ? ARM_ORDER : HEIGHT_ORDER;
  const rank = (region: RegionBaseId) => order.indexOf(region);
  const route: RegionBaseId[] = [];
  for (const step of line.path) {
    const fresh = regionsOfStep(step, landmarks, structures).filter((region) => !route.includes(region));
    route.push(...[...fresh].sort((a, b) => rank(a) - rank(b)));
  }
  return route;
}
