// Camera goals for the named views and for framing a region; pure, so glides can be tested without a GPU.
import type { ViewId } from '../content/schemas';
import type { Point3 } from './linePath';

export interface CameraGoal {
  position: Point3;
  target: Point3;
}

/** The standing body's centre and size (metres), used to fit it in the view. */
/** Slightly below the body's middle, so it sits above the camera buttons at the bottom of the view. */
export const BODY_CENTRE: Point3 = [0, 0.8, 0];
export const BODY_HEIGHT = 1.9;
export const BODY_WIDTH = 0.9;

/** Directions from the target to the camera; the body faces +Z and its left side is +X. */
const VIEW_DIRECTIONS: Record<ViewId, Point3> = {
  front: [0, 0.05, 1],
  back: [0, 0.05, -1],
  left: [1, 0.05, 0],
  right: [-1, 0.05, 0],
  three_quarter: [0.62, 0.12, 0.78],
};

const normalise = ([x, y, z]: Point3): Point3 => {
  const length = Math.hypot(x, y, z) || 1;
  return [x / length, y / length, z / length];
};

/** The distance at which a box of this height and width fits a camera of this vertical fov and aspect. */
export function fitDistance(height: number, width: number, fovDegrees: number, aspect: number): number {
  const vertical = Math.tan((fovDegrees * Math.PI) / 360);
  return Math.max(height / 2 / vertical, width / 2 / (vertical * aspect)) * 1.2;
}

export function viewGoal(view: ViewId, fovDegrees: number, aspect: number): CameraGoal {
  const [dx, dy, dz] = normalise(VIEW_DIRECTIONS[view]);
  const distance = fitDistance(BODY_HEIGHT, BODY_WIDTH, fovDegrees, aspect);
  const [cx, cy, cz] = BODY_CENTRE;
  return { position: [cx + dx * distance, cy + dy * distance, cz + dz * distance], target: BODY_CENTRE };
}

/** Frames a sphere (a region's bounds) from the direction the camera already looks, so nothing jumps. */
export function frameGoal(centre: Point3, radius: number, from: Point3, fovDegrees: number, aspect: number): CameraGoal {
  const direction = normalise([from[0] - centre[0], from[1] - centre[1], from[2] - centre[2]]);
  const distance = Math.max(0.45, fitDistance(radius * 2.6, radius * 2.6, fovDegrees, aspect));
  return {
    position: [centre[0] + direction[0] * distance, centre[1] + direction[1] * distance, centre[2] + direction[2] * distance],
    target: centre,
  };
}

/** Moves a value toward its goal: frame-rate independent exponential easing with the given half-life. */
export function approach(current: number, goal: number, deltaSeconds: number, halfLifeSeconds: number): number {
  if (halfLifeSeconds <= 0) return goal;
  return goal + (current - goal) * Math.pow(0.5, deltaSeconds / halfLifeSeconds);
}

/** The sides a person can name; the three-quarter view is told as the side it is nearest to. */
export type SeenFrom = 'front' | 'back' | 'left' | 'right';

/** The side the body is seen from, as the camera stands: the nearest of the four to the camera's heading. */
export function sideSeenFrom(position: Point3, target: Point3): SeenFrom {
  const dx = position[0] - target[0];
  const dz = position[2] - target[2];
  if (Math.abs(dz) >= Math.abs(dx)) return dz >= 0 ? 'front' : 'back';
  return dx > 0 ? 'left' : 'right';
}

/** Never straight from above or below, so the body can not end upside down or be lost under the feet (radians). */
export const LOWEST_POLAR = 0.35;
export const HIGHEST_POLAR = Math.PI - 0.6;
export const CLOSEST_DISTANCE = 0.35;
export const FARTHEST_DISTANCE = 7;
/** Where the camera may look: a box around the standing body, so a pan can not lose it. */
export const LOOK_BOUNDS: { min: Point3; max: Point3 } = { min: [-0.55, 0.05, -0.4], max: [0.55, 1.8, 0.45] };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Keeps the point the camera looks at on the body. */
export function clampTarget(target: Point3): Point3 {
  return [
    clamp(target[0], LOOK_BOUNDS.min[0], LOOK_BOUNDS.max[0]),
    clamp(target[1], LOOK_BOUNDS.min[1], LOOK_BOUNDS.max[1]),
    clamp(target[2], LOOK_BOUNDS.min[2], LOOK_BOUNDS.max[2]),
  ];
}

/**
 * The camera turned around what it looks at: azimuth to the body's left (radians, positive turns the camera toward +X),
 * polar toward looking down (positive) within the limits; the distance is kept.
 */
export function orbitGoal(goal: CameraGoal, azimuth: number, polar: number): CameraGoal {
  const [tx, ty, tz] = goal.target;
  const dx = goal.position[0] - tx, dy = goal.position[1] - ty, dz = goal.position[2] - tz;
  const distance = Math.hypot(dx, dy, dz) || 1;
  const currentPolar = Math.acos(clamp(dy / distance, -1, 1));
  const currentAzimuth = Math.atan2(dx, dz);
  const nextPolar = clamp(currentPolar - polar, LOWEST_POLAR, HIGHEST_POLAR);
  const nextAzimuth = currentAzimuth + azimuth;
  const ring = Math.sin(nextPolar) * distance;
  return {
    position: [tx + Math.sin(nextAzimuth) * ring, ty + Math.cos(nextPolar) * distance, tz + Math.cos(nextAzimuth) * ring],
    target: goal.target,
  };
}

/** The camera moved toward (factor < 1) or away from (factor > 1) what it looks at, within the limits. */
export function zoomGoal(goal: CameraGoal, factor: number): CameraGoal {
  const [tx, ty, tz] = goal.target;
  const dx = goal.position[0] - tx, dy = goal.position[1] - ty, dz = goal.position[2] - tz;
  const distance = Math.hypot(dx, dy, dz) || 1;
  const next = clamp(distance * factor, CLOSEST_DISTANCE, FARTHEST_DISTANCE) / distance;
  return { position: [tx + dx * next, ty + dy * next, tz + dz * next], target: goal.target };
}
