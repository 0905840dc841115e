// The flow on the body: from each pin, outward along each lit strand in both directions. Pure: timing and
// positions are functions of the strands' points and the time, so useFrame only applies them.
import type { Point3 } from '../../explorer/linePath';

/** A strand counts as running through a pin when it passes this close to it (metres). */
export const NEAR_PIN = 0.16;
/** One run of the flow from the pin to the far end. */
export const FLOW_SECONDS = 3.2;
/** Runs before the flow settles into its still picture (idle then draws nothing). */
export const FLOW_RUNS = 2;
/** Dots in one flow, and the gap between them along the path (metres). */
export const FLOW_DOTS = 5;
export const DOT_GAP = 0.035;
/** The still picture: dots at these shares of the way out, smaller and fainter outward, like arrows. */
export const STILL_AT = [0.12, 0.28, 0.46, 0.66, 0.88] as const;

export interface FlowPath {
  points: Point3[];
  /** Distance along the path at each point, from the pin. */
  along: number[];
  length: number;
}

const distance = (a: Point3, b: Point3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function measured(points: Point3[]): FlowPath {
  const along = [0];
  for (let index = 1; index < points.length; index++) {
    along.push((along[index - 1] as number) + distance(points[index - 1] as Point3, points[index] as Point3));
  }
  return { points, along, length: along[along.length - 1] ?? 0 };
}

/** The paths outward from a pin: for every strand passing near it, one towards each end (if it has length). */
export function flowPaths(strands: readonly (readonly Point3[])[], pin: Point3, near = NEAR_PIN): FlowPath[] {
  const paths: FlowPath[] = [];
  for (const strand of strands) {
    let nearest = -1;
    let best = Infinity;
    strand.forEach((point, index) => {
      const d = distance(point, pin);
      if (d < best) {
        best = d;
        nearest = index;
      }
    });
    if (nearest < 0 || best > near) continue;
    for (const points of [strand.slice(nearest), strand.slice(0, nearest + 1).reverse()]) {
      const path = measured([...points]);
      if (points.length >= 2 && path.length > 0.03) paths.push(path);
    }
  }
  return paths;
}

/** The point at a distance along a path (clamped to its ends). */
export function pointAlong(path: FlowPath, at: number): Point3 {
  const { points, along } = path;
  if (at <= 0) return points[0] as Point3;
  if (at >= path.length) return points[points.length - 1] as Point3;
  let index = 1;
  while ((along[index] as number) < at) index++;
  const from = points[index - 1] as Point3;
  const to = points[index] as Point3;
  const span = (along[index] as number) - (along[index - 1] as number);
  const f = span > 0 ? (at - (along[index - 1] as number)) / span : 0;
  return [from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f, from[2] + (to[2] - from[2]) * f];
}

export interface FlowDot {
  at: number;
  /** 0–1: the head of the flow is the largest. */
  size: number;
}

/** The dots of one path at a time: moving while the flow runs, the still picture once it is done (or undefined time). */
export function flowDots(path: FlowPath, elapsedSeconds: number | undefined): FlowDot[] {
  if (elapsedSeconds === undefined || elapsedSeconds >= FLOW_SECONDS * FLOW_RUNS) {
    return STILL_AT.map((share, index) => ({ at: share * path.length, size: 1 - index * 0.14 }));
  }
  const head = ((elapsedSeconds % FLOW_SECONDS) / FLOW_SECONDS) * (path.length + FLOW_DOTS * DOT_GAP);
  return Array.from({ length: FLOW_DOTS }, (_, index) => ({ at: head - index * DOT_GAP, size: 1 - index * 0.16 })).filter(
    (dot) => dot.at >= 0 && dot.at <= path.length,
  );
}

export function flowRunning(elapsedSeconds: number): boolean {
  return elapsedSeconds < FLOW_SECONDS * FLOW_RUNS;
}
