// Where a tour's pointer sits on the body: on the skin over its landmark, or on its region's own skin nearest the
// region's middle (a region's mesh is a patch of skin, so one of its own points always lies on the surface).
import type { Point3 } from '../../explorer/linePath';

/** The point of `positions` (x, y, z, …) closest to the middle of their bounding box. */
export function patchMiddle(positions: ArrayLike<number>): Point3 | undefined {
  const count = Math.floor(positions.length / 3);
  if (count === 0) return undefined;
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < count; i++) {
    for (let axis = 0; axis < 3; axis++) {
      const value = positions[i * 3 + axis]!;
      min[axis] = Math.min(min[axis]!, value);
      max[axis] = Math.max(max[axis]!, value);
    }
  }
  const middle = [0, 1, 2].map((axis) => (min[axis]! + max[axis]!) / 2);
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < count; i++) {
    let distance = 0;
    for (let axis = 0; axis < 3; axis++) distance += (positions[i * 3 + axis]! - middle[axis]!) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return [positions[best * 3]!, positions[best * 3 + 1]!, positions[best * 3 + 2]!];
}
