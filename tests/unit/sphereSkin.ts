// A test body that is a sphere of 0.2 m around (0, 1, 0): the closest skin point and its normal are known exactly.
import type { SkinSurface } from '../../src/explorer/lineGeometry';
import type { Point3 } from '../../src/explorer/linePath';

export const RADIUS = 0.2;
export const CENTRE: Point3 = [0, 1, 0];

export const sphere: SkinSurface = {
  closest: ([x, y, z]) => {
    const d = [x - CENTRE[0], y - CENTRE[1], z - CENTRE[2]] as const;
    const length = Math.hypot(...d);
    const normal: Point3 = [d[0] / length, d[1] / length, d[2] / length];
    return { point: [CENTRE[0] + normal[0] * RADIUS, CENTRE[1] + normal[1] * RADIUS, CENTRE[2] + normal[2] * RADIUS], normal };
  },
};

export const distanceFromCentre = (p: Point3) => Math.hypot(p[0] - CENTRE[0], p[1] - CENTRE[1], p[2] - CENTRE[2]);
