// Where a drawn line lies on the body: its strands as points on (or, where deep, under) the skin, each with the
// skin's outward normal there, and its stations. Pure: the skin is reached through a closest-point lookup, so this is
// tested without a GPU and built once per line and side (the app caches it; a tap only shows or hides the result).
import type { DrawnLine } from './highlight';
import { pathPoints, resample, smooth, type ModelLookup, type Point3, type StyledPoint } from './linePath';

/** How far above the skin a superficial line floats (metres): clear of the surface, never in the air. */
export const SURFACE_OFFSET = 0.005;
/**
 * How far under the skin a deep line runs at the least (metres), along the skin's normal: a track's centre curve
 * near the surface (the suprahyoids under the chin) was drawn at or over the skin, and a deep line over the lips read
 * as "this line runs over your lips" (user test).
 */
export const DEEP_DEPTH = 0.012;
/** Distance between ribbon points (metres): fine enough to follow the body's curves. */
export const SPACING = 0.012;
const SMOOTHING_PASSES = 3;

export interface SkinHit {
  point: Point3;
  /** The skin's outward unit normal at the hit. */
  normal: Point3;
}

/** The skin as far as line building needs it: the closest point on the surface to a point. */
export interface SkinSurface {
  closest: (point: Point3) => SkinHit | undefined;
}

export interface SurfacePoint extends StyledPoint {
  /** Outward normal of the nearest skin: which way this point of the line faces. */
  normal: Point3;
}

const UP: Point3 = [0, 1, 0];

/** How far a point lies outside the skin at a hit (metres, along its normal): negative inside the body. */
export function heightAboveSkin(point: Point3, hit: SkinHit): number {
  const [nx, ny, nz] = hit.normal;
  return (point[0] - hit.point[0]) * nx + (point[1] - hit.point[1]) * ny + (point[2] - hit.point[2]) * nz;
}

/**
 * Superficial points are lifted onto the skin (so the line follows the body); deep ones stay where they lie, but at
 * least `depth` under the skin (pushed in along the normal when they lie shallower, or outside); all learn their normal.
 */
export function onSkin(points: readonly StyledPoint[], skin: SkinSurface, offset = SURFACE_OFFSET, depth = DEEP_DEPTH): SurfacePoint[] {
  return points.map((entry) => {
    const hit = skin.closest(entry.point);
    if (!hit) return { ...entry, normal: UP };
    const [nx, ny, nz] = hit.normal;
    if (entry.deep) {
      if (heightAboveSkin(entry.point, hit) <= -depth) return { ...entry, normal: hit.normal };
      const point: Point3 = [hit.point[0] - nx * depth, hit.point[1] - ny * depth, hit.point[2] - nz * depth];
      return { ...entry, point, normal: hit.normal };
    }
    const point: Point3 = [hit.point[0] + nx * offset, hit.point[1] + ny * offset, hit.point[2] + nz * offset];
    return { ...entry, point, normal: hit.normal };
  });
}

/** Deep points kept under the skin again after smoothing (which pulls a curve outward where the skin is hollow). */
function keepDeepUnder(points: readonly SurfacePoint[], skin: SkinSurface): SurfacePoint[] {
  return points.map((entry) => (entry.deep ? { ...entry, point: (onSkin([entry], skin)[0] as SurfacePoint).point } : entry));
}

/** Half the stretch (metres along the line) drawn straight through a midline crossing, so the left and right lines form an X. */
export const CROSSING_REACH = 0.06;
/** How far from the midline (metres) both ends of that stretch must lie for it to count as a crossing. */
const CROSSING_CLEAR = 0.01;

/**
 * Where a line crosses the body's midline (x changes sign) from one side clearly to the other: the index of the first
 * point past the midline. A line that only touches the midline (the SBL at the skull) has none.
 */
export function midlineCrossings(points: readonly StyledPoint[], spacing = SPACING, reach = CROSSING_REACH): number[] {
  const steps = Math.max(1, Math.round(reach / spacing));
  const x = (index: number) => (points[Math.min(points.length - 1, Math.max(0, index))] as StyledPoint).point[0];
  const found: number[] = [];
  for (let index = 1; index < points.length; index++) {
    if (x(index - 1) >= 0 === x(index) >= 0) continue;
    const before = x(index - steps);
    const after = x(index + steps);
    if (before * after < 0 && Math.abs(before) > CROSSING_CLEAR && Math.abs(after) > CROSSING_CLEAR) {
      found.push(index);
      index += steps;
    }
  }
  return found;
}

/**
 * Each midline crossing drawn as two straight stretches meeting at the midline: the path's own bends there (a
 * muscle ending at the pubis, the next one starting beside it) made the two sides touch like ")(" instead of crossing
 * like an X (user test: the FFL's crossing was hard to see). Points keep their style and depth.
 */
export function straightenCrossings(points: readonly StyledPoint[], spacing = SPACING, reach = CROSSING_REACH): StyledPoint[] {
  const out = [...points];
  const steps = Math.max(1, Math.round(reach / spacing));
  const lerp = (a: Point3, b: Point3, f: number): Point3 => [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
  for (const crossing of midlineCrossings(points, spacing, reach)) {
    const start = Math.max(0, crossing - steps);
    const end = Math.min(points.length - 1, crossing + steps);
    const from = (points[start] as StyledPoint).point;
    const to = (points[end] as StyledPoint).point;
    const [cx, cy, cz] = (points[crossing] as StyledPoint).point;
    const [px, py, pz] = (points[crossing - 1] as StyledPoint).point;
    // The crossing point is where the path meets x = 0, between the two points either side of it.
    const f = px === cx ? 0 : px / (px - cx);
    const middle: Point3 = [0, py + (cy - py) * f, pz + (cz - pz) * f];
    for (let index = start + 1; index < end; index++) {
      const entry = points[index] as StyledPoint;
      const point = index < crossing
        ? lerp(from, middle, (index - start) / (crossing - start))
        : lerp(middle, to, (index - crossing + 1) / (end - crossing + 1));
      out[index] = { ...entry, point };
    }
  }
  return out;
}

/** Each strand of a drawn line (main path, then branches) as evenly spaced, smoothed points on the body. */
export function strandPoints(drawn: DrawnLine, model: ModelLookup, skin: SkinSurface): SurfacePoint[][] {
  return drawn.strands.map((steps) => {
    const spaced = straightenCrossings(resample(pathPoints(steps, model), SPACING));
    // Smoothing after projection irons out the kinks where track curves meet (each point keeps its normal).
    return keepDeepUnder(smooth(onSkin(spaced, skin), SMOOTHING_PASSES), skin);
  });
}

export interface StationPoint extends SurfacePoint {
  /** Landmark id (without side) and model node name. */
  id: string;
  modelName: string;
  /** Position on the skin above the station, where its name is anchored even when the station lies deep. */
  surface: Point3;
}

/**
 * The stations of a drawn line where the model has them: on the skin itself (a bead there sits half in it instead of
 * standing on it like a pin; user test) unless they lie between deep tracks, then as deep as those.
 */
export function stationPoints(drawn: DrawnLine, model: Pick<ModelLookup, 'landmark'>, skin: SkinSurface): StationPoint[] {
  const seen = new Set<string>();
  const out: StationPoint[] = [];
  for (const step of drawn.strands.flat()) {
    if (step.kind !== 'station' || seen.has(step.modelName)) continue;
    const point = model.landmark(step.modelName);
    if (!point) continue;
    seen.add(step.modelName);
    const [onBody] = onSkin([{ point, style: 'confirmed', deep: step.deep }], skin, 0);
    const [surface] = onSkin([{ point, style: 'confirmed', deep: false }], skin);
    if (!onBody || !surface) continue;
    out.push({ ...onBody, id: step.id, modelName: step.modelName, surface: surface.point });
  }
  return out;
}
