// The guided minute's breathing: in for four seconds, out for six (a slow, calm rhythm of six breaths a minute).
export const GUIDE_SECONDS = 60;
export const BREATH_IN_SECONDS = 4;
export const BREATH_OUT_SECONDS = 6;
const CYCLE = BREATH_IN_SECONDS + BREATH_OUT_SECONDS;

export interface BreathCue {
  phase: 'in' | 'out';
  /** 0 at the start of the phase, 1 at its end. */
  progress: number;
  /** How full the breath is, 0 (out) to 1 (in): the size of the circle. */
  fullness: number;
  remainingSeconds: number;
  done: boolean;
}

export function breathAt(elapsedSeconds: number): BreathCue {
  const elapsed = Math.min(Math.max(elapsedSeconds, 0), GUIDE_SECONDS);
  const inCycle = elapsed % CYCLE;
  const breathingIn = inCycle < BREATH_IN_SECONDS;
  const progress = breathingIn ? inCycle / BREATH_IN_SECONDS : (inCycle - BREATH_IN_SECONDS) / BREATH_OUT_SECONDS;
  // Eased, as breath is: slow at the turns.
  const eased = (1 - Math.cos(Math.PI * progress)) / 2;
  return {
    phase: breathingIn ? 'in' : 'out',
    progress,
    fullness: breathingIn ? eased : 1 - eased,
    remainingSeconds: Math.ceil(GUIDE_SECONDS - elapsed),
    done: elapsed >= GUIDE_SECONDS,
  };
}

/** "0:42". */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
