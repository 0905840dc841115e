import { describe, expect, it } from 'vitest';
import { coverBoxes } from '../../src/explorer/viewCovers';

// A view 400 × 500 px at (100, 50) on a 1024 × 768 window.
const view = { left: 100, top: 50, right: 500, bottom: 550 };
const screen = { width: 1024, height: 768 };

describe('what covers the 3D view', () => {
  it('gives each cover clipped to the view, in the view’s own coordinates', () => {
    const header = { left: 0, top: 0, right: 1024, bottom: 80 };
    const buttons = { left: 420, top: 480, right: 490, bottom: 540 };
    expect(coverBoxes(view, [header, buttons], screen)).toEqual([
      { left: 0, top: 0, width: 400, height: 30 },
      { left: 320, top: 430, width: 70, height: 60 },
    ]);
  });

  it('leaves out a cover beside the view that touches nothing of it', () => {
    expect(coverBoxes(view, [{ left: 600, top: 0, right: 900, bottom: 768 }, { left: 0, top: 550, right: 500, bottom: 600 }], screen)).toEqual([]);
  });

  it('counts the part of the view scrolled off the window as covered (a phone scrolled down to the panel)', () => {
    const scrolled = { left: 0, top: -200, right: 390, bottom: 312 };
    expect(coverBoxes(scrolled, [], { width: 390, height: 844 })).toEqual([{ left: 0, top: 0, width: 390, height: 200 }]);
    const belowFold = { left: 0, top: 600, right: 390, bottom: 1112 };
    expect(coverBoxes(belowFold, [], { width: 390, height: 844 })).toEqual([{ left: 0, top: 244, width: 390, height: 268 }]);
  });

  it('a view with no size (not laid out yet) has nothing covered', () => {
    expect(coverBoxes({ left: 10, top: 10, right: 10, bottom: 10 }, [{ left: 0, top: 0, right: 50, bottom: 50 }], screen)).toEqual([]);
  });
});
