import { describe, expect, it } from 'vitest';
import { nextPixelRatio, pixelRatioLimits, startPixelRatio, type PixelRatioState } from '../../src/scene/pixelRatio';

const run = (state: PixelRatioState, frameMs: number, frames: number, limits = pixelRatioLimits(2)) => {
  let current = state;
  for (let i = 0; i < frames; i++) current = nextPixelRatio(current, frameMs, limits);
  return current;
};

describe('adaptive pixel ratio', () => {
  it('starts as sharp as the device allows, at most 2', () => {
    expect(startPixelRatio(pixelRatioLimits(3)).ratio).toBe(2);
    expect(startPixelRatio(pixelRatioLimits(1)).ratio).toBe(1);
  });

  it('draws fewer pixels while frames are slow, but never below crisp on a tablet', () => {
    const slow = run(startPixelRatio(pixelRatioLimits(2)), 40, 24 * 10);
    expect(slow.ratio).toBe(1.5);
  });

  it('comes back up when frames are quick again', () => {
    const slow = run(startPixelRatio(pixelRatioLimits(2)), 40, 24 * 10);
    expect(run(slow, 10, 24 * 10).ratio).toBe(2);
  });

  it('an idle pause is not a slow frame (the view draws on demand)', () => {
    let state = startPixelRatio(pixelRatioLimits(2));
    for (let i = 0; i < 200; i++) state = nextPixelRatio(state, i % 2 === 0 ? 5000 : 16, pixelRatioLimits(2));
    expect(state.ratio).toBe(2);
  });
});
