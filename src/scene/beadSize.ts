// Station beads keep a calm size on screen: their size in metres at overview zoom, but never wider than a few CSS
// pixels when the camera comes close (a bead as large as a fingertip covered the temple it named; user test).
// The vertex shader shrinks each bead by `beadScale`; the camera's numbers reach it as one uniform per frame.
// A bead sits half in the skin, and is not drawn where its skin turns away from the eye (a temple bead floated beside
// the head in the front view): the shader reads the skin's normal from the bead's own rotation (`beadMatrix`), so the
// test costs no attribute, no material and nothing per frame on the CPU.
import { Matrix4, Quaternion, Vector3 } from 'three';
import { facesEye } from '../explorer/facing';
import type { Point3 } from '../explorer/linePath';

/** A bead's radius on the body (metres): about 7 px wide at overview zoom on a tablet. */
export const BEAD_RADIUS = 0.011;
/** The most a bead's radius may cover on screen (CSS px), however close the camera. */
export const BEAD_MAX_RADIUS_PX = 6;

/**
 * The largest radius (metres) a bead may have per metre of depth from the camera, so that it covers at most
 * `maxRadiusPx` CSS pixels: a perspective camera sees 2·tan(fov/2) metres per metre of depth across its height.
 */
export function beadRadiusPerDepth(fovDegrees: number, viewHeightPx: number, maxRadiusPx = BEAD_MAX_RADIUS_PX): number {
  if (viewHeightPx <= 0) return Infinity;
  return (maxRadiusPx * 2 * Math.tan((fovDegrees * Math.PI) / 360)) / viewHeightPx;
}

/** The factor a bead at this depth is drawn at (the shader's formula, here to be tested): 1 far away, less up close. */
export function beadScale(depth: number, radiusPerDepth: number, radius = BEAD_RADIUS): number {
  return Math.min(1, (radiusPerDepth * Math.max(depth, 0)) / radius);
}

/** A bead is drawn where its skin leans toward the eye by more than this (cosine): as the station names (StationLabels). */
export const BEAD_FACING_COSINE = 0.15;
/**
 * How far a visible bead is drawn toward the eye in depth only (metres, along the ray, so its outline on screen stays
 * that of a bead half in the skin): enough to stay over the ribbon that passes through it, as it did when it stood
 * on the skin.
 */
export const BEAD_DEPTH_LIFT = 0.005;

/** Whether a bead on skin with this outward normal is drawn for an eye at `eye` (the shader's test, here to be tested). */
export function beadShown(centre: Point3, normal: Point3, eye: Point3, cosine = BEAD_FACING_COSINE): boolean {
  return facesEye({ point: centre, normal }, eye, cosine);
}

const BEAD_AXIS = new Vector3(0, 0, 1);
const axis = new Vector3();
const turn = new Quaternion();
const where = new Vector3();
const scale = new Vector3();

/** A bead's instance matrix: at `centre`, `size` times its radius, its +Z axis turned to the skin's normal (a sphere looks the same either way). */
export function beadMatrix(centre: Point3, normal: Point3, size: number, target = new Matrix4()): Matrix4 {
  axis.set(...normal);
  if (axis.lengthSq() < 1e-12) axis.copy(BEAD_AXIS);
  turn.setFromUnitVectors(BEAD_AXIS, axis.normalize());
  return target.compose(where.set(...centre), turn, scale.setScalar(size));
}
