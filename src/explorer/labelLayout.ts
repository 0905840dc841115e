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
}

export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;

/** Positions to try, nearest first: right, left, above, below, then the diagonals and further out (with a leader). */
function tries(candidate: LabelCandidate, gap: number): { left: number; top: number; leader: boolean }[] {
  const { anchorX: x, anchorY: y, width: w, height: h } = candidate;
  const out: { left: number; top: number; leader: boolean }[] = [
    { left: x + gap, top: y - h / 2, leader: false },
    { left: x - gap - w, top: y - h / 2, leader: false },
    { left: x - w / 2, top: y - gap - h, leader: false },
    { left: x - w / 2, top: y + gap, leader: false },
  ];
  for (const reach of [1.6, 2.8, 4.2]) {
    const dx = gap * reach * 1.6;
    const dy = (h + gap) * reach * 0.8;
    out.push(
      { left: x + dx, top: y - h / 2 - dy, leader: true },
      { left: x + dx, top: y - h / 2 + dy, leader: true },
      { left: x - dx - w, top: y - h / 2 - dy, leader: true },
      { left: x - dx - w, top: y - h / 2 + dy, leader: true },
      { left: x + dx * 1.5, top: y - h / 2, leader: true },
      { left: x - dx * 1.5 - w, top: y - h / 2, leader: true },
    );
  }
  return out;
}

/**
 * Places as many labels as fit, highest priority first (ties: higher on screen first, so the order reads top to
 * bottom). Guarantees: no two placed labels overlap, every label stays inside the viewer, none covers a blocked box
 * or another shown point.
 */
export function layoutLabels(candidates: readonly LabelCandidate[], options: LayoutOptions): PlacedLabel[] {
  const margin = options.margin ?? 6;
  const gap = options.gap ?? 10;
  const pointRadius = options.pointRadius ?? 4;
  const inside = (box: Box) =>
    box.left >= margin && box.top >= margin && box.left + box.width <= options.width - margin && box.top + box.height <= options.height - margin;
  const visible = candidates.filter((c) => c.anchorX >= 0 && c.anchorY >= 0 && c.anchorX <= options.width && c.anchorY <= options.height);
  const points: Box[] = visible.map((c) => ({ left: c.anchorX - pointRadius, top: c.anchorY - pointRadius, width: pointRadius * 2, height: pointRadius * 2 }));
  const ordered = [...visible].sort((a, b) => b.priority - a.priority || a.anchorY - b.anchorY || a.anchorX - b.anchorX);
  const placed: PlacedLabel[] = [];
  const blocked = options.blocked ?? [];
  for (const candidate of ordered) {
    for (const spot of tries(candidate, gap)) {
      const box: Box = { left: spot.left, top: spot.top, width: candidate.width, height: candidate.height };
      if (!inside(box)) continue;
      if (placed.some((other) => overlaps(box, other, 2))) continue;
      if (blocked.some((area) => overlaps(box, area))) continue;
      if (points.some((point) => overlaps(box, point))) continue;
      placed.push({ ...box, key: candidate.key, anchorX: candidate.anchorX, anchorY: candidate.anchorY, leader: spot.leader });
      break;
    }
  }
  return placed;
}
