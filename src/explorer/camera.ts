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
