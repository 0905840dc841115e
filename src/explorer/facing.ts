// Which way a part of the body faces from where the camera stands: a line or region that lies mostly on the far
// side says so ("runs at the back: turn"), since the eye cannot see it through the body.
import type { Point3 } from './linePath';

export interface OrientedPoint {
  point: Point3;
  /** Outward unit normal of the skin there. */
  normal: Point3;
}

/** A surface point is seen when its normal leans toward the eye by more than this (cosine): grazing points count as turned away. */
export const FACING_COSINE = 0.05;
/**
 * A part lies behind the body when at least this share of its points turns away from the eye. Points seen edge-on
 * (a back line from the side) do not count as turned away: the line is there on the body's outline, not hidden.
 */
export const BEHIND_SHARE = 0.7;
/**
 * For the "behind" test a point counts as turned away only when its skin clearly leans from the eye: on a bilateral
 * line seen from the side the far track and the skin curving round the flank lean only slightly away, and the line
 * is still there on the body's outline.
 */
export const AWAY_COSINE = 0.2;

/** Whether the skin at a point turns toward an eye at `eye` (perspective: the direction differs per point). */
export function facesEye(entry: OrientedPoint, eye: Point3, cosine = FACING_COSINE): boolean {
  const dx = eye[0] - entry.point[0];
  const dy = eye[1] - entry.point[1];
  const dz = eye[2] - entry.point[2];
  const length = Math.hypot(dx, dy, dz) || 1;
  const [nx, ny, nz] = entry.normal;
  return (nx * dx + ny * dy + nz * dz) / length > cosine;
}

/** Share (0..1) of the points whose skin turns toward the eye; 1 when there are no points (nothing to warn about). */
export function facingShare(points: readonly OrientedPoint[], eye: Point3): number {
  if (points.length === 0) return 1;
  let facing = 0;
  for (const entry of points) if (facesEye(entry, eye)) facing++;
  return facing / points.length;
}

/** Share (0..1) of the points whose skin clearly turns away from the eye (edge-on points are not counted). */
export function awayShare(points: readonly OrientedPoint[], eye: Point3, cosine = FACING_COSINE): number {
  if (points.length === 0) return 0;
  let away = 0;
  for (const entry of points) {
    const flipped: OrientedPoint = { point: entry.point, normal: [-entry.normal[0], -entry.normal[1], -entry.normal[2]] };
    if (facesEye(flipped, eye, cosine)) away++;
  }
  return away / points.length;
}

/** True when most of a part lies on the side of the body turned away from the eye. */
export function liesBehind(points: readonly OrientedPoint[], eye: Point3, share = BEHIND_SHARE): boolean {
  return points.length > 0 && awayShare(points, eye, AWAY_COSINE) >= share;
}

/** Every `step`-th point, so a check per frame stays cheap on long lines and large regions. */
export function sample<T>(points: readonly T[], most: number): T[] {
  if (points.length <= most) return [...points];
  const step = points.length / most;
  return Array.from({ length: most }, (_, index) => points[Math.floor(index * step)] as T);
}
