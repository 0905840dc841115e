// Work that must not compete with the first visit's start (installing the offline cache, warming caches) runs once
// the body is drawn and the page is idle — or after a while anyway, where the 3D view never gets ready (no WebGL).
import { useExplorer } from './explorerStore';

/** Without a drawn body (no WebGL, a failed model) the work still runs this long after start. */
export const SETTLE_AT_THE_LATEST_MS = 8000;

export interface SettleDeps {
  isReady: () => boolean;
  onReady: (listener: () => void) => () => void;
  setTimer: (work: () => void, ms: number) => unknown;
  whenIdle: (work: () => void) => void;
}

const browserDeps = (): SettleDeps => ({
  isReady: () => useExplorer.getState().viewerReady,
  onReady: (listener) => useExplorer.subscribe((state) => state.viewerReady && listener()),
  setTimer: (work, ms) => setTimeout(work, ms),
  // Safari has no requestIdleCallback: a short timeout lets the next frame through first.
  whenIdle: (work) => ('requestIdleCallback' in window ? window.requestIdleCallback(() => work(), { timeout: 2000 }) : setTimeout(work, 200)),
});

/** Runs `work` once: when the viewer is ready and the page idle, or at the latest after SETTLE_AT_THE_LATEST_MS. */
export function whenViewerSettled(work: () => void, deps: SettleDeps = browserDeps()): void {
  if (deps.isReady()) {
    deps.whenIdle(work);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    unsubscribe();
    work();
  };
  const unsubscribe = deps.onReady(() => deps.whenIdle(run));
  deps.setTimer(run, SETTLE_AT_THE_LATEST_MS);
}
