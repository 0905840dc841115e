// Where the camera stands to show what was chosen: a region from the side it faces, a line from the side where most
// of it lies, a station or track close up. Pure geometry on the body frame (metres, +Y up, the body faces +Z, its
// left is +X), so every framing is tested without a GPU; CameraRig only reads the model and glides.
import type { Point3 } from './linePath';
import { fitDistance, type CameraGoal } from './camera';

/** What the framing needs to know about a region's skin patch. */
export interface RegionShape {
  /** Centre of the patch's bounds. */
  centre: Point3;
  /** Radius of a sphere around the bounds. */
  radius: number;
  /** The patch's mean outward direction (unit length, or zero for a patch that wraps all round). */
  facing: Point3;
  /** 0 for a patch that wraps all round a limb, 1 for a flat patch: how much one side shows all of it. */
  oneSided: number;
}

/**
 * Below this a patch wraps round (a thigh, a knee, the pelvis at 0.32, the neck at 0.26): no side shows it best, so it
 * is seen from the front, where a person knows it. The lower back (0.74) and the jaw (0.46) are one-sided.
 */
const WRAPS_ROUND = 0.35;
/** A frontal or back view is turned this far toward the region's side, so the form reads in depth (~17°). */
const SIDE_TURN = 0.3;
/** Looking up at the body or down on it is limited to this much (the y of a unit direction). */
const LOWEST_ELEVATION = 0.04;
const HIGHEST_ELEVATION = 0.45;
/** Some of what is around a region stays in view, so a person sees where on the body it is (user test: at 2.6 the knee filled the view). */
const REGION_CONTEXT = 3.2;
/**
 * The nearest a region is framed from (metres; about 45 cm of body in view at the 30° lens): a knee or a jaw still
 * shows the thigh and shin or the neck around it (user test: at 55 cm the knee filled the view and nobody could place it).
 */
const CLOSEST_REGION_DISTANCE = 0.85;
/**
 * A station is a point, a short track hardly more: shown with this much of the body around it (metres across), so
 * the side and the neighbouring parts stay in view (user test: 32 cm was a close-up nobody could place).
 */
const STATION_SPAN = 0.5;
const LINE_MARGIN = 1.1;

const length = ([x, y, z]: Point3) => Math.hypot(x, y, z);
const normalise = (v: Point3): Point3 => {
  const size = length(v);
  return size > 1e-9 ? [v[0] / size, v[1] / size, v[2] / size] : [0, 0, 0];
};

/** Centre, size and mean outward direction of a triangle patch (flat xyz positions, triangle indices). */
export function regionShape(positions: ArrayLike<number>, indices: ArrayLike<number>): RegionShape {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let axis = 0; axis < 3; axis++) {
      const value = positions[i + axis] ?? 0;
      if (value < (min[axis] ?? 0)) min[axis] = value;
      if (value > (max[axis] ?? 0)) max[axis] = value;
    }
  }
  // The sum of triangle cross products is the patch's vector area: it points where the patch faces, and is as
  // long as the patch's area only when the patch is flat (it cancels out for a tube).
  let ax = 0, ay = 0, az = 0, area = 0;
  const at = (vertex: number, axis: number) => positions[(indices[vertex] ?? 0) * 3 + axis] ?? 0;
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const ux = at(t + 1, 0) - at(t, 0), uy = at(t + 1, 1) - at(t, 1), uz = at(t + 1, 2) - at(t, 2);
    const vx = at(t + 2, 0) - at(t, 0), vy = at(t + 2, 1) - at(t, 1), vz = at(t + 2, 2) - at(t, 2);
    const cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
    ax += cx; ay += cy; az += cz;
    area += Math.hypot(cx, cy, cz);
  }
  const centre: Point3 = [((min[0] ?? 0) + (max[0] ?? 0)) / 2, ((min[1] ?? 0) + (max[1] ?? 0)) / 2, ((min[2] ?? 0) + (max[2] ?? 0)) / 2];
  const radius = Math.hypot((max[0] ?? 0) - (min[0] ?? 0), (max[1] ?? 0) - (min[1] ?? 0), (max[2] ?? 0) - (min[2] ?? 0)) / 2;
  const oneSided = area > 0 ? Math.hypot(ax, ay, az) / area : 0;
  return { centre, radius: Number.isFinite(radius) ? radius : 0, facing: normalise([ax, ay, az]), oneSided };
}

/** +1 for the body's left (+X), −1 for its right; the midline counts as left, so the turn is always the same way. */
const sideOf = (x: number) => (x < -0.03 ? -1 : 1);

/** Turns a horizontal direction a little toward a side (+1 left, −1 right); a side view turns toward the front. */
function turnTowardSide([dx, dz]: readonly [number, number], side: number, amount: number): [number, number] {
  // The horizontal perpendicular that points to the asked side, or to the front for a side view.
  let px = dz, pz = -dx;
  if (Math.abs(px) < 0.3) [px, pz] = pz > 0 ? [px, pz] : [-px, -pz];
  else if (Math.sign(px) !== side) [px, pz] = [-px, -pz];
  const x = dx + px * amount, z = dz + pz * amount;
  const size = Math.hypot(x, z) || 1;
  return [x / size, z / size];
}

/** A unit direction from a horizontal heading and an elevation (the y of the result, clamped to the limits). */
function withElevation([dx, dz]: readonly [number, number], elevation: number): Point3 {
  const y = Math.min(HIGHEST_ELEVATION, Math.max(LOWEST_ELEVATION, elevation));
  const horizontal = Math.sqrt(1 - y * y);
  return [dx * horizontal, y, dz * horizontal];
}

/** The direction from a region to the camera: the side the region faces, turned a little toward its own side. */
export function regionViewDirection(shape: RegionShape): Point3 {
  const [fx, fy, fz] = shape.facing;
  const horizontal = Math.hypot(fx, fz);
  const side = sideOf(shape.centre[0]);
  if (shape.oneSided < WRAPS_ROUND || horizontal < 0.25) {
    // A limb wraps round: seen from the front, turned toward its own side so its outside shows too.
    return withElevation(turnTowardSide([0, 1], side, SIDE_TURN * 2), fy > 0.5 ? fy : 0.12);
  }
  const heading = turnTowardSide([fx / horizontal, fz / horizontal], side, SIDE_TURN);
  return withElevation(heading, fy + 0.08);
}

/** A camera goal looking at a centre from a direction, far enough to show a box of this height and width. */
export function goalFrom(centre: Point3, direction: Point3, height: number, width: number, fovDegrees: number, aspect: number, closest = 0): CameraGoal {
  const distance = Math.max(closest, fitDistance(height, width, fovDegrees, aspect));
  return {
    position: [centre[0] + direction[0] * distance, centre[1] + direction[1] * distance, centre[2] + direction[2] * distance],
    target: centre,
  };
}

/** A region framed from the side it faces, with a little of the body around it. */
export function regionGoal(shape: RegionShape, fovDegrees: number, aspect: number): CameraGoal {
  const span = shape.radius * REGION_CONTEXT;
  return goalFrom(shape.centre, regionViewDirection(shape), span, span, fovDegrees, aspect, CLOSEST_REGION_DISTANCE);
}

/** A lit line that passes this close to a region (in region radii) is part of what the region's view must show. */
const LINE_NEAR_REGION = 1.5;
/** Below this share of a line's nearby points seen from the region's own view, the view turns to them. */
const LINE_SEEN_ENOUGH = 0.35;

/**
 * A region seen again from the side where a newly lit line runs over it (the knee open, the Superficial Back Line lit:
 * the back of the knee), at the region's own distance. Undefined when the line does not pass near the region or the
 * region's own view already shows it: then the view stays.
 */
export function regionGoalToward(shape: RegionShape, linePoints: readonly Point3[], fovDegrees: number, aspect: number): CameraGoal | undefined {
  const [cx, , cz] = shape.centre;
  const reach = Math.max(shape.radius * LINE_NEAR_REGION, 0.05);
  // Judged from the region's own middle, not the body's axis: behind the knee is "back", not "the right flank".
  // A region of one side (a knee) counts only the line on that side: the other leg's strand is not on it.
  const ownSide = (x: number) => Math.abs(cx) < 0.03 || Math.sign(x) === Math.sign(cx);
  const near = linePoints
    .filter((point) => ownSide(point[0]) && Math.hypot(point[0] - cx, point[1] - shape.centre[1], point[2] - cz) <= reach)
    .map(([x, y, z]): Point3 => [x - cx, y, z - cz]);
  if (near.length === 0) return undefined;
  const [dx, , dz] = regionViewDirection(shape);
  const horizontal = Math.hypot(dx, dz) || 1;
  if (visibleShare(near, [dx / horizontal, dz / horizontal]) >= LINE_SEEN_ENOUGH) return undefined;
  const [hx, hz] = bestHeading(near);
  const span = shape.radius * REGION_CONTEXT;
  return goalFrom(shape.centre, withElevation([hx, hz], 0.12), span, span, fovDegrees, aspect, CLOSEST_REGION_DISTANCE);
}

/** The eight headings a line is looked at from: front, back, the sides and the three-quarter views between. */
const HEADINGS: readonly (readonly [number, number])[] = Array.from({ length: 8 }, (_, step) => {
  const angle = (step * Math.PI) / 4;
  return [Math.sin(angle), Math.cos(angle)] as const;
});

/**
 * How much of a set of points shows from a heading: each point counts by how squarely it faces the camera, judged by
 * its outward direction from the body's vertical axis (a point on the back faces −Z, on the left flank +X).
 */
export function visibleShare(points: readonly Point3[], [hx, hz]: readonly [number, number]): number {
  if (points.length === 0) return 0;
  let seen = 0;
  for (const [x, , z] of points) {
    const size = Math.hypot(x, z);
    if (size < 1e-6) continue;
    seen += Math.max(0, (x * hx + z * hz) / size);
  }
  return seen / points.length;
}

/** The horizontal heading from which most of these points are seen; ties go to the earlier heading (front first). */
export function bestHeading(points: readonly Point3[]): readonly [number, number] {
  let best = HEADINGS[0] ?? ([0, 1] as const);
  let bestScore = -1;
  for (const heading of HEADINGS) {
    const score = visibleShare(points, heading);
    // A clear margin is needed to leave a plainer view: 3% more of the line.
    if (score > bestScore + 0.03) {
      best = heading;
      bestScore = score;
    }
  }
  return best;
}

/** A set of points (a lit line, a track) framed whole from the side where most of it lies. */
export function pointsGoal(points: readonly Point3[], fovDegrees: number, aspect: number, smallest = STATION_SPAN): CameraGoal | undefined {
  if (points.length === 0) return undefined;
  const [hx, hz] = bestHeading(points);
  let minY = Infinity, maxY = -Infinity, minAcross = Infinity, maxAcross = -Infinity;
  let minX = Infinity, maxX = -Infinity, minZ = Infinity, maxZ = -Infinity;
  for (const [x, y, z] of points) {
    // Across the view: along the horizontal axis perpendicular to the heading.
    const across = x * hz - z * hx;
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    minAcross = Math.min(minAcross, across); maxAcross = Math.max(maxAcross, across);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minZ = Math.min(minZ, z); maxZ = Math.max(maxZ, z);
  }
  const centre: Point3 = [(minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2];
  const height = Math.max(smallest, (maxY - minY) * LINE_MARGIN + 0.1);
  const width = Math.max(smallest, (maxAcross - minAcross) * LINE_MARGIN + 0.1);
  return goalFrom(centre, withElevation([hx, hz], 0.08), height, width, fovDegrees, aspect);
}

/**
 * A station (one point on the body) shown close, from where the skin over it faces (`outward`: from the point to the
 * nearest skin, or that skin's normal); a point whose skin faces up or down is seen from its side of the body's axis.
 */
export function stationGoal(point: Point3, outward: Point3, fovDegrees: number, aspect: number): CameraGoal {
  const [ox, oy, oz] = normalise(outward);
  const horizontal = Math.hypot(ox, oz);
  const [x, , z] = point;
  const fromAxis = Math.hypot(x, z);
  const heading: [number, number] =
    horizontal > 0.3 ? [ox / horizontal, oz / horizontal] : fromAxis > 1e-6 ? [x / fromAxis, z / fromAxis] : [0, 1];
  const direction = withElevation(turnTowardSide(heading, sideOf(x), SIDE_TURN), oy + 0.12);
  return goalFrom(point, direction, STATION_SPAN, STATION_SPAN, fovDegrees, aspect);
}
