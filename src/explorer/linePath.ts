// Turns a line's path (data) into the model names to follow and the points of its ribbon on the body.
// Pure: the model is reached through the lookups passed in, so this is tested without a GPU.
import type { EvidenceLevel, Side } from '../content/ids';
import type { Landmark, Line, PathStep, Structure } from '../content/schemas';
import { landmarkNodeName, stationMeshName, trackMeshName } from '../content/modelNames';

export type Point3 = readonly [number, number, number];

/** How a stretch of the ribbon is drawn: solid where dissection confirmed the connection, dashed elsewhere. */
export type EvidenceStyle = 'confirmed' | 'unconfirmed';

export interface ResolvedStep {
  kind: 'station' | 'track';
  id: string;
  side: Side | undefined;
  /** `landmark_…` node for a station, `track_…` mesh for a track. */
  modelName: string;
  /** `station_…` bone form for a station, `track_…` mesh for a track. */
  meshName: string;
  style: EvidenceStyle;
  /** Deep tracks are drawn where they lie; superficial ones on the skin above them. */
  deep: boolean;
  /** Track meshes of the structures Myers groups into this track (`with`), lit together with it. */
  partnerMeshNames?: readonly string[];
}

const otherSide = (side: Side): Side => (side === 'l' ? 'r' : 'l');
const CONFIRMED: readonly EvidenceLevel[] = ['strong', 'moderate'];

/**
 * The style of a track: its own transition evidence where a study looked; otherwise the whole line's
 * continuity, but only when that was strong for every transition (Wilke 2016: SBL, BFL, FFL).
 */
export function trackStyle(step: PathStep, line: Line): EvidenceStyle {
  if (step.kind === 'track' && step.evidence) return CONFIRMED.includes(step.evidence.level) ? 'confirmed' : 'unconfirmed';
  return line.evidence.continuity.level === 'strong' ? 'confirmed' : 'unconfirmed';
}

export function resolveSteps(
  steps: readonly PathStep[],
  line: Line,
  startSide: Side,
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
): ResolvedStep[] {
  const resolved = steps.map((step): ResolvedStep => {
    const sided = step.kind === 'station' ? landmarks.get(step.id)?.sided : structures.get(step.id)?.sided;
    const side = sided ? (step.side === 'opposite' ? otherSide(startSide) : startSide) : undefined;
    if (step.kind === 'station') {
      return {
        kind: 'station',
        id: step.id,
        side,
        modelName: landmarkNodeName(step.id, side),
        meshName: stationMeshName(step.id, side),
        style: 'confirmed',
        deep: false,
      };
    }
    const name = trackMeshName(step.id, side);
    const deep = structures.get(step.id)?.depth === 'deep';
    const partnerMeshNames = step.with.map((partner) => trackMeshName(partner, structures.get(partner)?.sided ? side ?? startSide : undefined));
    return { kind: 'track', id: step.id, side, modelName: name, meshName: name, style: trackStyle(step, line), deep, partnerMeshNames };
  });
  // A station lies as deep as the tracks it joins: deep only between deep tracks (or at a deep end).
  return resolved.map((step, index) => {
    if (step.kind === 'track') return step;
    const neighbours = [resolved[index - 1], resolved[index + 1]].filter((other) => other?.kind === 'track');
    return { ...step, deep: neighbours.length > 0 && neighbours.every((other) => other?.deep) };
  });
}

export interface ModelLookup {
  landmark: (name: string) => Point3 | undefined;
  centerline: (name: string) => readonly Point3[] | undefined;
}

export interface StyledPoint {
  point: Point3;
  style: EvidenceStyle;
  deep: boolean;
}

const distanceSquared = (a: Point3, b: Point3) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/**
 * The polyline of a path: each station's landmark, each track's centre curve (turned to continue from where
 * the path is), each point carrying the style of the stretch that leads to it. Missing model parts are skipped.
 */
export function pathPoints(steps: readonly ResolvedStep[], model: ModelLookup): StyledPoint[] {
  const points: StyledPoint[] = [];
  for (const step of steps) {
    if (step.kind === 'station') {
      const point = model.landmark(step.modelName);
      if (point) points.push({ point, style: points.at(-1)?.style ?? 'confirmed', deep: step.deep });
      continue;
    }
    const curve = model.centerline(step.modelName);
    if (!curve || curve.length === 0) continue;
    const previous = points.at(-1)?.point;
    const first = curve[0] as Point3;
    const last = curve[curve.length - 1] as Point3;
    const ordered = previous && distanceSquared(previous, last) < distanceSquared(previous, first) ? [...curve].reverse() : curve;
    for (const point of ordered) points.push({ point, style: step.style, deep: step.deep });
  }
  return points;
}

/** Evenly spaced points along a polyline (spacing in metres), keeping each stretch's style. */
export function resample(points: readonly StyledPoint[], spacing: number): StyledPoint[] {
  if (points.length < 2) return [...points];
  const out: StyledPoint[] = [points[0] as StyledPoint];
  let carried = 0;
  for (let index = 1; index < points.length; index++) {
    const from = (points[index - 1] as StyledPoint).point;
    const { point: to, style, deep } = points[index] as StyledPoint;
    const length = Math.sqrt(distanceSquared(from, to));
    let travelled = spacing - carried;
    while (travelled <= length) {
      const f = travelled / length;
      out.push({ point: [from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f, from[2] + (to[2] - from[2]) * f], style, deep });
      travelled += spacing;
    }
    carried = length - (travelled - spacing);
  }
  const end = points[points.length - 1] as StyledPoint;
  if (distanceSquared((out.at(-1) as StyledPoint).point, end.point) > 1e-8) out.push(end);
  return out;
}

/** Averages each point with its neighbours (ends fixed), to smooth the kinks where curves meet. */
export function smooth<T extends StyledPoint>(points: readonly T[], passes: number): T[] {
  let current = [...points];
  for (let pass = 0; pass < passes; pass++) {
    current = current.map((entry, index) => {
      const before = current[index - 1];
      const after = current[index + 1];
      if (!before || !after) return entry;
      const point: Point3 = [
        (before.point[0] + 2 * entry.point[0] + after.point[0]) / 4,
        (before.point[1] + 2 * entry.point[1] + after.point[1]) / 4,
        (before.point[2] + 2 * entry.point[2] + after.point[2]) / 4,
      ];
      return { ...entry, point };
    });
  }
  return current;
}
