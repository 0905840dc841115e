import { describe, expect, it } from 'vitest';
import { placePointerLabel, POINTER_LABEL_MARGIN, POINTER_LABEL_OFFSET } from '../../src/explorer/pointerLabel';

const view = { viewWidth: 390, viewHeight: 500 };
const label = { width: 140, height: 28 };

/** The label's box on screen, as the CSS draws it from the placement. */
function boxOf(x: number, y: number, placement: ReturnType<typeof placePointerLabel>, width = label.width, height = label.height) {
  const left = (placement.side === 'right' ? x + POINTER_LABEL_OFFSET : x - POINTER_LABEL_OFFSET - width) + placement.shiftX;
  const top = y - height / 2 + placement.shiftY;
  return { left, top, right: left + width, bottom: top + height };
}

describe('a tour pointer’s label', () => {
  it('stands right of the pointer where there is room, unmoved', () => {
    const placement = placePointerLabel({ x: 100, y: 250, ...label, ...view });
    expect(placement).toEqual({ side: 'right', shiftX: 0, shiftY: 0 });
  });

  it('takes the left where the right has no room (a pointer near the right edge)', () => {
    const placement = placePointerLabel({ x: 300, y: 250, ...label, ...view });
    expect(placement.side).toBe('left');
    expect(placement.shiftX).toBe(0);
  });

  it('takes the left, though the right comes first there, where only the left has room', () => {
    const placement = placePointerLabel({ x: 230, y: 250, ...label, ...view });
    expect(placement).toEqual({ side: 'left', shiftX: 0, shiftY: 0 });
  });

  it('slides back into view, never cut at an edge, wherever the pointer stands', () => {
    for (let x = -40; x <= 430; x += 10) {
      for (const y of [-20, 0, 6, 250, 494, 520]) {
        for (const width of [60, 140, 200, 300]) {
          const placement = placePointerLabel({ x, y, width, height: 28, ...view });
          const box = boxOf(x, y, placement, width);
          expect(box.left).toBeGreaterThanOrEqual(POINTER_LABEL_MARGIN);
          expect(box.right).toBeLessThanOrEqual(view.viewWidth - POINTER_LABEL_MARGIN);
          expect(box.top).toBeGreaterThanOrEqual(POINTER_LABEL_MARGIN);
          expect(box.bottom).toBeLessThanOrEqual(view.viewHeight - POINTER_LABEL_MARGIN);
        }
      }
    }
  });

  it('a label too wide for either side goes to the roomier side, slid just as far as needed', () => {
    const placement = placePointerLabel({ x: 150, y: 250, width: 300, height: 28, ...view });
    expect(placement.side).toBe('right');
    const box = boxOf(150, 250, placement, 300);
    expect(box.right).toBe(view.viewWidth - POINTER_LABEL_MARGIN);
  });

  it('keeps off what covers the view: the other side, or slid up or down, where its own spot is covered', () => {
    const overlaps = (box: ReturnType<typeof boxOf>, area: { left: number; top: number; width: number; height: number }) =>
      box.left < area.left + area.width && area.left < box.right && box.top < area.top + area.height && area.top < box.bottom;
    // The far-side note over the view's right: the label goes left of the ring.
    const note = { left: 200, top: 200, width: 190, height: 100 };
    const beside = placePointerLabel({ x: 190, y: 250, ...label, ...view, covers: [note] });
    expect(beside.side).toBe('left');
    expect(overlaps(boxOf(190, 250, beside), note)).toBe(false);
    // A notice across the view's width at the ring's height: slid just above or below it.
    const notice = { left: 0, top: 236, width: 390, height: 40 };
    const slid = placePointerLabel({ x: 100, y: 250, ...label, ...view, covers: [notice] });
    expect(overlaps(boxOf(100, 250, slid), notice)).toBe(false);
    expect(Math.abs(slid.shiftY)).toBeLessThanOrEqual(3 * (label.height + 4));
    // Covered wherever it could go: it keeps its own spot rather than jumping away from the ring.
    const everything = { left: 0, top: 0, width: 390, height: 500 };
    expect(placePointerLabel({ x: 100, y: 250, ...label, ...view, covers: [everything] })).toEqual({ side: 'right', shiftX: 0, shiftY: 0 });
  });
});
