// Where a lit line's tag (its abbreviation) is tied to the line: on a stretch of the line that faces the camera, so
// the tag points at skin the eye sees, never at the far side of the body or through it.
import { facesEye, type OrientedPoint } from './facing';
import type { Point3 } from './linePath';

/**
 * A point's skin must lean toward the eye by at least this (cosine) to carry a tag: a stretch seen edge-on (the
 * outline of the body) is followed badly, and its tag would sit on the wrong side of the outline.
 */
export const TAG_FACING_COSINE = 0.25;
/** Two neighbouring samples further apart than this (metres) belong to different stretches (a deep part, another strand). */
export const STRETCH_BREAK_M = 0.12;
/** The longest stretches tried, best first: enough for a tag to find one not hidden behind an arm. */
export const MOST_TAG_ANCHORS = 4;

export interface FacingStretch {
  points: OrientedPoint[];
  /** Length along the line (metres). */
  length: number;
}

const distance = (a: Point3, b: Point3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * The stretches of a line, in order along it, whose skin turns toward the eye: runs of consecutive samples that face
 * it, broken where a sample turns away or where two samples lie too far apart to be one stretch.
 */
export function facingStretches(
  points: readonly OrientedPoint[],
  eye: Point3,
  cosine = TAG_FACING_COSINE,
  breakAt = STRETCH_BREAK_M,
): FacingStretch[] {
  const stretches: FacingStretch[] = [];
  let current: FacingStretch | undefined;
  let previous: OrientedPoint | undefined;
  for (const entry of points) {
    const joined = previous !== undefined && distance(previous.point, entry.point) <= breakAt;
    previous = entry;
    if (!facesEye(entry, eye, cosine)) {
      current = undefined;
      continue;
    }
    const last = current?.points[current.points.length - 1];
    if (current && last && joined) {
      current.length += distance(last.point, entry.point);
      current.points.push(entry);
    } else {
      current = { points: [entry], length: 0 };
      stretches.push(current);
    }
  }
  return stretches;
}

/** The middle of a stretch by length along it: the point of it the eye finds most easily. */
function middleOf(stretch: FacingStretch): OrientedPoint {
  const half = stretch.length / 2;
  let walked = 0;
  for (let at = 1; at < stretch.points.length; at++) {
    const before = stretch.points[at - 1] as OrientedPoint;
    const here = stretch.points[at] as OrientedPoint;
    walked += distance(before.point, here.point);
    if (walked >= half) return here;
  }
  return stretch.points[0] as OrientedPoint;
}

/**
 * Where a tag may go, best first: the middle of each facing stretch of the line (all its sides: each side is its own
 * sequence of samples), the longest stretch first. Empty when no part of the line faces the eye: then it has no tag.
 */
export function tagAnchors(sides: readonly (readonly OrientedPoint[])[], eye: Point3, most = MOST_TAG_ANCHORS): OrientedPoint[] {
  return sides
    .flatMap((points) => facingStretches(points, eye))
    .sort((a, b) => b.length - a.length || b.points.length - a.points.length)
    .slice(0, most)
    .map(middleOf);
}

/**
 * The one anchor for a line's tag: the best facing stretch whose middle the eye really reaches (`seen`, e.g. a ray
 * past an arm), or none when no part of the line faces the eye.
 */
export function tagAnchor(
  sides: readonly (readonly OrientedPoint[])[],
  eye: Point3,
  seen: (anchor: OrientedPoint) => boolean = () => true,
): OrientedPoint | undefined {
  return tagAnchors(sides, eye).find(seen);
}
