// Where the lit lines run on the flat map: the same resolved steps the 3D view follows (explorer/highlight.ts),
// each station at its landmark and each track along its centre curve, split into stretches that lie on the side
// seen (drawn solid) and on the far side (drawn faint). Pure: tested without a browser.
import type { LineId, Side } from '../content/ids';
import type { DrawnLine } from '../explorer/highlight';
import type { BodyMapData, BodyView, MapPoint } from './bodyMapData';

export type Point2 = readonly [number, number];

export interface MapStretch {
  points: Point2[];
  /** On the side of the body that is seen. */
  near: boolean;
}

export interface MapLine {
  lineId: LineId;
  side: Side;
  stretches: MapStretch[];
}

/** A map point as seen in a view: the back view is seen from behind, so x is mirrored. */
export function seenAt([x, y]: MapPoint, view: BodyView): Point2 {
  return [view === 'front' ? x : -x, y];
}

const isNear = (point: MapPoint, view: BodyView) => (point[2] === 1) === (view === 'front');

const distance = (a: MapPoint, b: MapPoint) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The points of one strand in order: a track curve is turned to start where the strand has got to. */
export function strandPoints(steps: DrawnLine['strands'][number], map: Pick<BodyMapData, 'landmarks' | 'tracks'>): MapPoint[] {
  const points: MapPoint[] = [];
  for (const step of steps) {
    if (step.kind === 'station') {
      const at = map.landmarks[step.modelName];
      if (at) points.push(at);
      continue;
    }
    const curve = map.tracks[step.meshName];
    if (!curve || curve.length === 0) continue;
    const last = points[points.length - 1];
    const first = curve[0];
    const end = curve[curve.length - 1];
    const reversed = last && first && end && distance(last, end) < distance(last, first);
    points.push(...(reversed ? [...curve].reverse() : curve));
  }
  return points;
}

/** Splits a polyline where it passes from the seen side to the far side; a segment is near when both ends are. */
export function stretchesOf(points: readonly MapPoint[], view: BodyView): MapStretch[] {
  const stretches: MapStretch[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as MapPoint;
    const b = points[i + 1] as MapPoint;
    const near = isNear(a, view) && isNear(b, view);
    const current = stretches[stretches.length - 1];
    if (current && current.near === near) current.points.push(seenAt(b, view));
    else stretches.push({ near, points: [seenAt(a, view), seenAt(b, view)] });
  }
  return stretches;
}

export function mapLines(drawn: readonly DrawnLine[], map: Pick<BodyMapData, 'landmarks' | 'tracks'>, view: BodyView): MapLine[] {
  return drawn.map((line) => ({
    lineId: line.lineId,
    side: line.side,
    stretches: line.strands.flatMap((strand) => stretchesOf(strandPoints(strand, map), view)),
  }));
}

/** SVG points attribute. */
export const pointsAttribute = (points: readonly Point2[]) => points.map(([x, y]) => `${x},${y}`).join(' ');

/** The middle of a region as drawn (the centre of its outline's points), for a pin or a pointer; undefined if unseen. */
export function pathCentre(path: string | undefined): Point2 | undefined {
  if (!path) return undefined;
  const numbers = path.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (numbers.length < 2) return undefined;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const x = numbers[i] ?? 0;
    const y = numbers[i + 1] ?? 0;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return [Math.round((minX + maxX) / 2), Math.round((minY + maxY) / 2)];
}
