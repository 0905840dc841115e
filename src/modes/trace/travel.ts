// Where tension at a pin can travel along one line: the body parts the line reaches from the pin in both directions,
// in order, and whether it crosses the midline on the way.
import type { LineId, RegionId, Side } from '../../content/ids';
import { routesOf, type RouteContent, type RouteStop } from './route';

export interface TravelLeg {
  /** Towards the line's start (the foot, or the hand for an arm line) or its end (the head, the trunk). */
  toward: 'start' | 'end';
  /** The parts reached, from the pin outward; the last is the far end. */
  stops: RouteStop[];
  /** The leg reaches a part on the other side from the one it leaves (Spiral and Functional Lines). */
  crosses: boolean;
}

export interface Travel {
  pin: RegionId;
  line: LineId;
  /** The side the line starts on (its foot or hand) for this travel. */
  startSide: Side;
  /** A pin on the midline of a line that runs on both sides: the sided parts it reaches are reached on both. */
  bothSides: boolean;
  legs: TravelLeg[];
}

function leg(toward: TravelLeg['toward'], stops: RouteStop[], pinSide: Side | undefined): TravelLeg {
  const sides = stops.flatMap((stop) => (stop.lies ? [stop.lies] : []));
  const from = pinSide ?? sides[0];
  return { toward, stops, crosses: from !== undefined && sides.some((side) => side !== from) };
}

/** The travel from a pin along one strand, or undefined when the strand does not reach the pin. */
function travelOnRoute(route: readonly RouteStop[], pin: RegionId): { before: RouteStop[]; after: RouteStop[]; pinSide?: Side } | undefined {
  const at = route.findIndex((stop) => stop.region === pin);
  if (at < 0) return undefined;
  const pinSide = route[at]?.side;
  return { before: route.slice(0, at).reverse(), after: route.slice(at + 1), ...(pinSide ? { pinSide } : {}) };
}

/** Sides to try for a pin: its own first (a left foot starts the line on the left), then the other. */
function startSidesFor(pin: RegionId): Side[] {
  return pin.endsWith('_r') ? ['r', 'l'] : ['l', 'r'];
}

/**
 * How tension at `pin` can travel along `lineId`: the strand (path or branch) on which the pin reaches the most
 * body parts, from the first start side on which the line reaches the pin at all. Undefined when it never does.
 */
export function travelFrom(lineId: LineId, pin: RegionId, content: RouteContent, preferredSide?: Side): Travel | undefined {
  const sides = preferredSide ? [preferredSide, ...startSidesFor(pin).filter((side) => side !== preferredSide)] : startSidesFor(pin);
  for (const startSide of sides) {
    let best: ReturnType<typeof travelOnRoute>;
    for (const route of routesOf(lineId, startSide, content)) {
      const found = travelOnRoute(route, pin);
      if (found && (!best || found.before.length + found.after.length > best.before.length + best.after.length)) best = found;
    }
    if (!best) continue;
    const line = content.lines[lineId];
    const legs = [leg('start', best.before, best.pinSide), leg('end', best.after, best.pinSide)].filter((one) => one.stops.length > 0);
    return { pin, line: lineId, startSide, bothSides: best.pinSide === undefined && !line.crossesMidline, legs };
  }
  return undefined;
}

/** The far ends of a travel, as concrete regions (for a both-sided travel, those on the start side). */
export function farRegions(travel: Travel): RegionId[] {
  return travel.legs.map((one) => (one.stops[one.stops.length - 1] as RouteStop).region);
}

/** Whether a line reaches a pin from a start side, on any strand. */
export function reaches(lineId: LineId, pin: RegionId, startSide: Side, content: RouteContent): boolean {
  return routesOf(lineId, startSide, content).some((route) => route.some((stop) => stop.region === pin));
}
