// Where a tour pointer's label stands beside its ring: on the side with room for it, and slid back into the view
// where neither side has enough, so the name is never cut off at the view's edge; moved up or down, or to the other
// side, where a panel, a notice or the view's buttons would cover it.
import { overlaps, type Box } from './labelLayout';

export type PointerLabelSide = 'left' | 'right';

export interface PointerLabelInput {
  /** The pointer's centre on screen (CSS px from the view's top left). */
  x: number;
  y: number;
  /** The label's size (CSS px). */
  width: number;
  height: number;
  viewWidth: number;
  viewHeight: number;
  /** From the pointer's centre to the label's near edge (the ring's radius and a gap). */
  offset?: number;
  /** Space kept free at the view's edges. */
  margin?: number;
  /** Parts of the view something else covers (view coordinates): the label keeps off them where it can. */
  covers?: readonly Box[];
}

export interface PointerLabelPlacement {
  side: PointerLabelSide;
  /** How far the label is slid from its place beside the ring to stay in view (CSS px). */
  shiftX: number;
  shiftY: number;
}

/** The CSS beside it (tours.css): the label starts 28 px from the 22 px ring's left edge, so 17 px from its centre. */
export const POINTER_LABEL_OFFSET = 17;
export const POINTER_LABEL_MARGIN = 8;
/** Right of this share of the view's width, a label that fits either side goes left: it reads toward the body's middle. */
export const LEFT_FIRST_FROM = 0.625;

const clamp = (value: number, low: number, high: number) => (high < low ? low : Math.min(Math.max(value, low), high));

/** How far up or down a label is tried when its place beside the ring is covered: a few label heights either way. */
const SLIDES = [0, -1, 1, -2, 2, -3, 3];

/**
 * The side and slide of a pointer's label: the preferred side if it fits there, else the other, else the roomier one,
 * slid into view; where that spot is covered, the first free one of either side slid up or down a few label heights
 * (nearest first). A label covered wherever it goes keeps the spot it would have had.
 */
export function placePointerLabel(input: PointerLabelInput): PointerLabelPlacement {
  const offset = input.offset ?? POINTER_LABEL_OFFSET;
  const margin = input.margin ?? POINTER_LABEL_MARGIN;
  const { x, y, width, height, viewWidth, viewHeight } = input;
  const room: Record<PointerLabelSide, number> = {
    right: viewWidth - margin - (x + offset),
    left: x - offset - margin,
  };
  const preferred: PointerLabelSide = x > viewWidth * LEFT_FIRST_FROM ? 'left' : 'right';
  const other: PointerLabelSide = preferred === 'right' ? 'left' : 'right';
  const side = room[preferred] >= width ? preferred : room[other] >= width ? other : room.left > room.right ? 'left' : 'right';
  const at = (chosen: PointerLabelSide, slide: number): PointerLabelPlacement & { box: Box } => {
    const left = chosen === 'right' ? x + offset : x - offset - width;
    const top = y - height / 2;
    const shiftX = clamp(left, margin, viewWidth - margin - width) - left;
    const shiftY = clamp(top + slide * (height + 4), margin, viewHeight - margin - height) - top;
    return { side: chosen, shiftX, shiftY, box: { left: left + shiftX, top: top + shiftY, width, height } };
  };
  const covers = input.covers ?? [];
  const free = (placement: { box: Box }) => !covers.some((area) => overlaps(placement.box, area));
  const opposite: PointerLabelSide = side === 'right' ? 'left' : 'right';
  // The other side only where the whole label has room there: a label cut off at the edge is no better than covered.
  const sides = room[opposite] >= width ? [side, opposite] : [side];
  const chosen = SLIDES.flatMap((slide) => sides.map((each) => at(each, slide))).find(free) ?? at(side, 0);
  return { side: chosen.side, shiftX: chosen.shiftX, shiftY: chosen.shiftY };
}
