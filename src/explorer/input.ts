// Which hint fits the hand on the device: a mouse, a finger or the keys.

export type InputKind = 'mouse' | 'touch' | 'keyboard';

/** A pen behaves like a finger on the canvas (OrbitControls treats it as touch). */
export function inputOfPointer(pointerType: string): InputKind {
  return pointerType === 'mouse' ? 'mouse' : 'touch';
}

/** The first guess before any input: a coarse pointer (a finger) means touch. */
export function initialInput(coarsePointer: boolean): InputKind {
  return coarsePointer ? 'touch' : 'mouse';
}

export const HINT_KEYS: Record<InputKind, string> = {
  mouse: 'viewer.hint.mouse',
  touch: 'viewer.hint.touch',
  keyboard: 'viewer.hint.keyboard',
};

/**
 * OrbitControls claims every touch (`touch-action: none`). While the page is taller than the screen a vertical swipe
 * must scroll it, so the browser keeps vertical pans and the canvas gets the rest (sideways turns, pinches).
 */
export function touchActionFor(pageScrolls: boolean): 'pan-y' | 'none' {
  return pageScrolls ? 'pan-y' : 'none';
}
