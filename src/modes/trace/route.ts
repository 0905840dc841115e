// Where a line runs on one side of the body, body part by body part, with the side of each part: the path (or a
// branch joined to it) as a client would trace it with a finger, foot (or hand) first.
import { isSidedRegionBase, type LineId, type RegionBaseId, type RegionId, type Side } from '../../content/ids';
import type { Landmark, Line, PathStep, Structure } from '../../content/schemas';
// The same parts, in the same order, as the explorer's route of a line (a track only between its stations).
import { partsOfSteps } from '../../explorer/lineRoute';

export interface RouteStop {
  base: RegionBaseId;
  /** Only for the parts that exist on each side. */
  side?: Side;
  region: RegionId;
  /**
   * The side of the body the line lies on here, where its tissue is sided: the Spiral Line wraps the belly and the
   * upper back on the side opposite the foot it starts from, though both are one region each.
   */
  lies?: Side;
}

export interface RouteContent {
  lines: Readonly<Record<LineId, Line>>;
  landmarks: ReadonlyMap<string, Landmark>;
  structures: ReadonlyMap<string, Structure>;
}

const otherSide = (side: Side): Side => (side === 'l' ? 'r' : 'l');

export function regionIdOf(base: RegionBaseId, side: Side | undefined): RegionId {
  return (isSidedRegionBase(base) ? `${base}_${side ?? 'l'}` : base) as RegionId;
}

/**
 * The strands a person can follow from end to end: the main path, and each branch joined to it where it forks
 * (a branch that starts at a station of the path continues it; one that ends at a station leads into it).
 */
export function strandsOf(line: Line): PathStep[][] {
  const strands: PathStep[][] = [line.path];
  const stationAt = (id: string) => line.path.findIndex((step) => step.kind === 'station' && step.id === id);
  for (const branch of line.branches) {
    const first = branch.path[0];
    const last = branch.path[branch.path.length - 1];
    const from = first ? stationAt(first.id) : -1;
    const into = last ? stationAt(last.id) : -1;
    if (from >= 0) strands.push([...line.path.slice(0, from), ...branch.path]);
    else if (into >= 0) strands.push([...branch.path, ...line.path.slice(into + 1)]);
    // A branch of a branch is left out: its parts are reached through the branch it joins.
  }
  return strands;
}

/** One strand as body parts in order, each sided part on the side the line reaches it from `startSide`. */
export function sidedRoute(steps: readonly PathStep[], line: Line, startSide: Side, content: RouteContent): RouteStop[] {
  const route: RouteStop[] = [];
  const partsOf = partsOfSteps(steps, line.group, content.landmarks, content.structures);
  steps.forEach((step, index) => {
    // A step on the `opposite` side is how the Spiral and Functional Lines cross the midline.
    const side = step.side === 'opposite' ? otherSide(startSide) : startSide;
    const sidedTissue = step.kind === 'station' ? content.landmarks.get(step.id)?.sided : content.structures.get(step.id)?.sided;
    for (const base of partsOf[index] ?? []) {
      const stop: RouteStop = isSidedRegionBase(base)
        ? { base, side, region: regionIdOf(base, side), lies: side }
        : { base, region: base as RegionId, ...(sidedTissue ? { lies: side } : {}) };
      if (!route.some((known) => known.region === stop.region)) route.push(stop);
    }
  });
  return route;
}

/** Every strand of a line from one start side, as routes. */
export function routesOf(lineId: LineId, startSide: Side, content: RouteContent): RouteStop[][] {
  const line = content.lines[lineId];
  return strandsOf(line).map((steps) => sidedRoute(steps, line, startSide, content));
}
