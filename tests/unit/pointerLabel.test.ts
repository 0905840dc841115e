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
});
