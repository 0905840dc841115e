// Adaptive pixel ratio: when frames get slow while the body turns, draw fewer pixels; when they are quick again,
// more. Only frames drawn back to back count (the view renders on demand: an idle pause is not a slow frame).
// Never below a floor that stays crisp on a tablet.

export interface PixelRatioState {
  ratio: number;
  /** Recent frame times (ms) of one continuous run of frames. */
  window: number[];
}

export interface PixelRatioLimits {
  floor: number;
  ceiling: number;
}

/** A gap longer than this is an idle pause, not a frame. */
const PAUSE_MS = 120;
const WINDOW = 24;
/** Slower than ~40 frames a second: step down; quicker than ~55: step up. */
const SLOW_MS = 25;
const QUICK_MS = 18;
const STEP = 0.25;

/** The pixel ratio for a device: as sharp as it has (up to 2), at least 1.5 where it has that (crisp on a tablet). */
export function pixelRatioLimits(devicePixelRatio: number): PixelRatioLimits {
  const ceiling = Math.min(2, Math.max(1, devicePixelRatio));
  return { floor: Math.min(ceiling, 1.5), ceiling };
}

export function startPixelRatio(limits: PixelRatioLimits): PixelRatioState {
  return { ratio: limits.ceiling, window: [] };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The state after one more frame that took `frameMs` since the one before. */
export function nextPixelRatio(state: PixelRatioState, frameMs: number, limits: PixelRatioLimits): PixelRatioState {
  if (frameMs > PAUSE_MS) return { ratio: state.ratio, window: [] };
  const window = [...state.window, frameMs].slice(-WINDOW);
  if (window.length < WINDOW) return { ratio: state.ratio, window };
  const typical = median(window);
  if (typical > SLOW_MS && state.ratio > limits.floor) return { ratio: Math.max(limits.floor, state.ratio - STEP), window: [] };
  if (typical < QUICK_MS && state.ratio < limits.ceiling) return { ratio: Math.min(limits.ceiling, state.ratio + STEP), window: [] };
  return { ratio: state.ratio, window };
}
