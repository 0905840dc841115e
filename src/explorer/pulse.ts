// The calm pulse along a lit line: where it is, foot (0) to head (1), some seconds after a change.

/** The pulse runs this many times after a change, then the scene goes idle again. */
export const PULSE_RUNS = 3;
export const PULSE_SECONDS = 2.6;

/** Position of the pulse along the line, or undefined once it has run out (so no more frames are needed). */
export function pulsePosition(elapsedSeconds: number): number | undefined {
  if (elapsedSeconds < 0 || elapsedSeconds >= PULSE_RUNS * PULSE_SECONDS) return undefined;
  return (elapsedSeconds % PULSE_SECONDS) / PULSE_SECONDS;
}
