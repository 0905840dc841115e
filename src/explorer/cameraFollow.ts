// When the camera follows a change on its own, and when it leaves the person's own view alone.
//
// The rule, in words: a person who turned or zoomed the body by hand holds the camera. From then on only a change
// that asks to look somewhere moves it: a view button, reset, zoom, the keys, a region or part chosen by name (list,
// search, start panel), a double tap, a tap on a region too small to see. Lighting or dimming a line, switching a
// side, opening or closing a panel, a tap on what is already in view: all unrelated, the camera stays. Without a hand
// on the camera, lighting a line frames the lit lines, unless a region is open: the region is the question, and its
// framing already shows the lines that pass through it.

/** What changed, as far as the camera is concerned. */
export type CameraCause =
  /** An explicit request to look somewhere (store `camera` command). */
  | 'asked'
  /** A line was lit (one more line shown than before). */
  | 'lineLit'
  /** Anything else: a line dimmed, a side switched, a region tapped in view, a panel, the language. */
  | 'other';

export interface CameraHold {
  /** The person turned, zoomed or panned by hand since the last framing. */
  handHeld: boolean;
  regionOpen: boolean;
}

export function cameraFollows(cause: CameraCause, hold: CameraHold): boolean {
  if (cause === 'asked') return true;
  if (cause === 'lineLit') return !hold.handHeld && !hold.regionOpen;
  return false;
}

/** A line counts as lit when it is shown now and was not before (a side switch is not a new line). */
export function lineWasLit(before: readonly { id: string }[], after: readonly { id: string }[]): boolean {
  return after.some((line) => !before.some((old) => old.id === line.id));
}
