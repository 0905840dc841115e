// Work done ahead of need, one piece per idle moment, so a tap never waits for more than the piece under way.

export type WhenIdle = (work: () => void) => void;

/** Safari has no requestIdleCallback: a short timeout lets a frame through between two pieces of work. */
export const browserWhenIdle: WhenIdle = (work) => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work, 50);
};

/** Runs the pieces in order, each in its own idle moment, after `after` resolves; the returned function stops it. */
export function runWhenIdle(pieces: readonly (() => void)[], whenIdle: WhenIdle, after: Promise<unknown> = Promise.resolve()): () => void {
  let stopped = false;
  let next = 0;
  const step = () => {
    if (stopped || next >= pieces.length) return;
    const piece = pieces[next++];
    piece?.();
    whenIdle(step);
  };
  void after.then(() => {
    if (!stopped) whenIdle(step);
  });
  return () => {
    stopped = true;
  };
}
