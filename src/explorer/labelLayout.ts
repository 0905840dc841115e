// Station names on the body, laid out in screen space so no two overlap: greedy by priority, each label tried
// beside its point first, then further out with a leader line; a label that fits nowhere is left out.

export interface LabelCandidate {
  key: string;
  /** Where the named point is on screen (CSS px from the viewer's top left). */
  anchorX: number;
  anchorY: number;
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
  /** Which side (−1 left, +1 right) to try first: a line's tag goes outward, off the body, rather than over it. */
  prefer?: -1 | 1;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Box {
  key: string;
  anchorX: number;
  anchorY: number;
  /** Drawn when the label sits away from its point, so the eye can follow it back. */
  leader: boolean;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Space kept free at the viewer's edges (CSS px). */
  margin?: number;
  /** Space between a label and its point, and between labels. */
  gap?: number;
  /** Regions labels must not cover (overlays such as the camera buttons). */
  blocked?: readonly Box[];
  /** Radius around every shown point that no label covers, so a label never hides another label's point. */
  pointRadius?: number;
  /**
   * Areas a label keeps off where it can (the body with many lines lit): such labels are tried in a column beside
   * the area first, tied back by a leader; only when none fits there do they sit over it.
   */
  keepOff?: readonly Box[];
  /**
   * The parts of the view that something else covers (the side panel or a sticky header over it, notices, hints,
   * the key and camera buttons, an open pop-over, the part scrolled off screen): no label box overlaps one, no point
   * under one is named (its name would point at what nobody sees), and no leader runs under one where another spot
   * will do. Read from the page each layout pass, in the view's coordinates.
   */
  outsideOf?: readonly Box[];
  /**
   * The furthest a label beside its point may sit from it (CSS px; the column beside a kept-off area excepted): on a
   * small screen a name further out has a leader across the face or the body, and is better left out.
   */
  longestLeader?: number;
}

/** A label whose nearest edge lies further than this from its point (CSS px) is tied back to it by a leader line. */
export const LEADER_PX = 14;

/** How far a label box's nearest edge is from its point (0 when the point is inside the box). */
export function distanceToPoint(box: Box, x: number, y: number): number {
  const dx = Math.max(box.left - x, 0, x - (box.left + box.width));
  const dy = Math.max(box.top - y, 0, y - (box.top + box.height));
  return Math.hypot(dx, dy);
}

export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;

/** Positions to try, nearest first: right, left, above, below, then the diagonals and further out. */
function tries(candidate: LabelCandidate, gap: number): { left: number; top: number }[] {
  const { anchorX: x, anchorY: y, width: w, height: h } = candidate;
  // Mirrored for a label that prefers its left: the same order of distances, the other side first.
  const flip = candidate.prefer === -1;
  const right = (dx: number) => (flip ? x - dx - w : x + dx);
  const left = (dx: number) => (flip ? x + dx : x - dx - w);
  const out: { left: number; top: number }[] = [
    { left: right(gap), top: y - h / 2 },
    { left: left(gap), top: y - h / 2 },
    { left: x - w / 2, top: y - gap - h },
    { left: x - w / 2, top: y + gap },
  ];
  for (const reach of [1.6, 2.8, 4.2]) {
    const dx = gap * reach * 1.6;
    const dy = (h + gap) * reach * 0.8;
    out.push(
      { left: right(dx * 1.5), top: y - h / 2 },
      { left: right(dx), top: y - h / 2 - dy },
      { left: right(dx), top: y - h / 2 + dy },
      { left: left(dx * 1.5), top: y - h / 2 },
      { left: left(dx), top: y - h / 2 - dy },
      { left: left(dx), top: y - h / 2 + dy },
    );
  }
  // A ring of spots further out, every 30°, so points crowded together can fan their names out around them with
  // leaders that do not cross (the label's centre on the ring, its box kept clear of the point).
  for (const radius of [3.2, 5, 7.5]) {
    for (let step = 0; step < 12; step++) {
      const angle = (step * Math.PI) / 6;
      const cx = Math.cos(angle) * (radius * gap + w / 2) * (flip ? -1 : 1);
      const cy = Math.sin(angle) * (radius * gap * 0.6 + h / 2);
      out.push({ left: x + cx - w / 2, top: y + cy - h / 2 });
    }
  }
  return out;
}

interface Segment { x1: number; y1: number; x2: number; y2: number }

/** The leader of a label at this box: from its point to the nearest point of the box (as the overlay draws it). */
export function leaderOf(box: Box, x: number, y: number): Segment {
  return { x1: x, y1: y, x2: Math.min(Math.max(x, box.left), box.left + box.width), y2: Math.min(Math.max(y, box.top), box.top + box.height) };
}

const orientation = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Whether two segments cross (touching ends do not count: two leaders may share a point). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const o1 = orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const o2 = orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const o3 = orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const o4 = orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Whether a segment passes through a box (either end inside, or crossing one of its edges). */
export function segmentThroughBox(segment: Segment, box: Box): boolean {
  const inside = (x: number, y: number) => x > box.left && x < box.left + box.width && y > box.top && y < box.top + box.height;
  if (inside(segment.x1, segment.y1) || inside(segment.x2, segment.y2)) return true;
  const { left, top } = box;
  const right = left + box.width;
  const bottom = top + box.height;
  return [
    { x1: left, y1: top, x2: right, y2: top },
    { x1: right, y1: top, x2: right, y2: bottom },
    { x1: right, y1: bottom, x2: left, y2: bottom },
    { x1: left, y1: bottom, x2: left, y2: top },
  ].some((edge) => segmentsCross(segment, edge));
}

/** Spots in a column just beside each kept-off area, on the label's preferred side first, nearest its height first. */
function besideSpots(candidate: LabelCandidate, keepOff: readonly Box[], gap: number): { left: number; top: number }[] {
  const { anchorY: y, width: w, height: h } = candidate;
  const out: { left: number; top: number }[] = [];
  for (const area of keepOff) {
    const right = area.left + area.width + gap;
    const left = area.left - gap - w;
    const sides = candidate.prefer === -1 ? [left, right] : [right, left];
    for (const x of sides) {
      for (let step = 0; step <= 8; step++) {
        const shift = Math.ceil(step / 2) * (h + 4) * (step % 2 === 0 ? 1 : -1);
        out.push({ left: x, top: y - h / 2 + shift });
      }
    }
  }
  return out;
}

/**
 * Places as many labels as fit, highest priority first (ties: higher on screen first, so the order reads top to
 * bottom). Guarantees: no two placed labels overlap, every label stays inside the viewer, none covers a blocked box,
 * a covered part of the view (`outsideOf`) or another shown point, no point under a covered part is named, every
 * label further than LEADER_PX from its point has a leader back to it, and no leader crosses another or runs
 * through a name or under a covered part.
 */
export function layoutLabels(candidates: readonly LabelCandidate[], options: LayoutOptions): PlacedLabel[] {
  const margin = options.margin ?? 6;
  const gap = options.gap ?? 10;
  const pointRadius = options.pointRadius ?? 4;
  const inside = (box: Box) =>
    box.left >= margin && box.top >= margin && box.left + box.width <= options.width - margin && box.top + box.height <= options.height - margin;
  const outsideOf = options.outsideOf ?? [];
  const covered = (x: number, y: number) => outsideOf.some((area) => x >= area.left && x <= area.left + area.width && y >= area.top && y <= area.top + area.height);
  const visible = candidates.filter(
    (c) => c.anchorX >= 0 && c.anchorY >= 0 && c.anchorX <= options.width && c.anchorY <= options.height && !covered(c.anchorX, c.anchorY),
  );
  const pointBox = (x: number, y: number): Box => ({ left: x - pointRadius, top: y - pointRadius, width: pointRadius * 2, height: pointRadius * 2 });
  const samePoint = (a: { anchorX: number; anchorY: number }, b: { anchorX: number; anchorY: number }) =>
    Math.hypot(a.anchorX - b.anchorX, a.anchorY - b.anchorY) <= pointRadius * 2;
  const points: Box[] = visible.map((c) => pointBox(c.anchorX, c.anchorY));
  const ordered = [...visible].sort((a, b) => b.priority - a.priority || a.anchorY - b.anchorY || a.anchorX - b.anchorX);
  const placed: PlacedLabel[] = [];
  const blocked = options.blocked ?? [];
  const keepOff = options.keepOff ?? [];
  const free = (box: Box) =>
    inside(box) &&
    !placed.some((other) => overlaps(box, other, 2)) &&
    !blocked.some((area) => overlaps(box, area)) &&
    !outsideOf.some((area) => overlaps(box, area)) &&
    !points.some((point) => overlaps(box, point));
  for (const candidate of ordered) {
    const near = tries(candidate, gap);
    const boxes = (spots: readonly { left: number; top: number }[]) =>
      spots.map((spot): Box => ({ left: spot.left, top: spot.top, width: candidate.width, height: candidate.height }));
    const clear = (box: Box) => !keepOff.some((area) => overlaps(box, area));
    // A leader that crosses another, or runs through another name, makes the eye follow the wrong one: never drawn
    // (the name is left out instead). A name close to its point has no leader of its own but still must not sit on
    // another's leader.
    const myPoint = pointBox(candidate.anchorX, candidate.anchorY);
    const untangled = (box: Box) => {
      // Another's leader through this name, or ending on this point's dot, reads as leading here.
      const crossedByOthers = placed.some((other) => {
        if (!other.leader) return false;
        const theirs = leaderOf(other, other.anchorX, other.anchorY);
        return segmentThroughBox(theirs, box) || (!samePoint(other, candidate) && segmentThroughBox(theirs, myPoint));
      });
      if (crossedByOthers) return false;
      if (distanceToPoint(box, candidate.anchorX, candidate.anchorY) <= LEADER_PX) return true;
      const mine = leaderOf(box, candidate.anchorX, candidate.anchorY);
      if (outsideOf.some((area) => segmentThroughBox(mine, area))) return false;
      // Nor does this leader run over another placed name's dot.
      if (placed.some((other) => !samePoint(other, candidate) && segmentThroughBox(mine, pointBox(other.anchorX, other.anchorY)))) return false;
      return placed.every((other) => {
        if (segmentThroughBox(mine, other)) return false;
        return !other.leader || !segmentsCross(mine, leaderOf(other, other.anchorX, other.anchorY));
      });
    };
    const longest = options.longestLeader ?? Infinity;
    const nearBoxes = boxes(near).filter((spot) => distanceToPoint(spot, candidate.anchorX, candidate.anchorY) <= longest);
    const besideBoxes = boxes(besideSpots(candidate, keepOff, gap));
    const box =
      nearBoxes.find((spot) => clear(spot) && free(spot) && untangled(spot)) ??
      besideBoxes.find((spot) => clear(spot) && free(spot) && untangled(spot)) ??
      nearBoxes.find((spot) => free(spot) && untangled(spot));
    if (!box) continue;
    const leader = distanceToPoint(box, candidate.anchorX, candidate.anchorY) > LEADER_PX;
    placed.push({ ...box, key: candidate.key, anchorX: candidate.anchorX, anchorY: candidate.anchorY, leader });
  }
  return placed;
}
