// Where a drawn line lies on the body: its strands as points on (or, where deep, under) the skin, each with the
// skin's outward normal there, and its stations. Pure: the skin is reached through a closest-point lookup, so this is
// tested without a GPU and built once per line and side (the app caches it; a tap only shows or hides the result).
import type { DrawnLine } from './highlight';
import { pathPoints, resample, smooth, type ModelLookup, type Point3, type StyledPoint } from './linePath';

/** How far above the skin a superficial line floats (metres): clear of the surface, never in the air. */
export const SURFACE_OFFSET = 0.005;
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

/** Superficial points are lifted onto the skin (so the line follows the body); deep ones stay, and all learn their normal. */
export function onSkin(points: readonly StyledPoint[], skin: SkinSurface, offset = SURFACE_OFFSET): SurfacePoint[] {
  return points.map((entry) => {
    const hit = skin.closest(entry.point);
    if (!hit) return { ...entry, normal: UP };
    if (entry.deep) return { ...entry, normal: hit.normal };
    const [nx, ny, nz] = hit.normal;
    const point: Point3 = [hit.point[0] + nx * offset, hit.point[1] + ny * offset, hit.point[2] + nz * offset];
    return { ...entry, point, normal: hit.normal };
  });
}

/** Each strand of a drawn line (main path, then branches) as evenly spaced, smoothed points on the body. */
export function strandPoints(drawn: DrawnLine, model: ModelLookup, skin: SkinSurface): SurfacePoint[][] {
  return drawn.strands.map((steps) => {
    const spaced = resample(pathPoints(steps, model), SPACING);
    // Smoothing after projection irons out the kinks where track curves meet (each point keeps its normal).
    return smooth(onSkin(spaced, skin), SMOOTHING_PASSES);
  });
}

export interface StationPoint extends SurfacePoint {
  /** Landmark id (without side) and model node name. */
  id: string;
  modelName: string;
  /** Position on the skin above the station, where its name is anchored even when the station lies deep. */
  surface: Point3;
}

/** The stations of a drawn line where the model has them: on the skin unless they lie between deep tracks. */
export function stationPoints(drawn: DrawnLine, model: Pick<ModelLookup, 'landmark'>, skin: SkinSurface): StationPoint[] {
  const seen = new Set<string>();
  const out: StationPoint[] = [];
  for (const step of drawn.strands.flat()) {
    if (step.kind !== 'station' || seen.has(step.modelName)) continue;
    const point = model.landmark(step.modelName);
    if (!point) continue;
    seen.add(step.modelName);
    const [onBody] = onSkin([{ point, style: 'confirmed', deep: step.deep }], skin);
    const [surface] = onSkin([{ point, style: 'confirmed', deep: false }], skin);
    if (!onBody || !surface) continue;
    out.push({ ...onBody, id: step.id, modelName: step.modelName, surface: surface.point });
  }
  return out;
}
