// Where a line runs, as body parts in the order a person would trace it: along its main path, foot (or hand) first.
import type { LineGroup, RegionBaseId } from '../content/ids';
import { partsOfSteps } from '../content/indexes';
import type { Landmark, Line, Structure } from '../content/schemas';

// The parts a line crosses are worked out with the content's indexes (the region panels list the same lines).
export { ARM_ORDER, HEIGHT_ORDER, orderOf, partsCrossed, partsOfSteps } from '../content/indexes';

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
