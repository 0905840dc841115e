// Presentation mode: the body fills the screen for the person across the table. Entering notes exactly where the
// therapist was; leaving puts all of it back (mode, tour and step, lines, region, camera), whatever was done in
// between. Small and free of the tours' other code: the shell and the explorer's toolbar both reach it at start.
import { create } from 'zustand';
import { cameraPoseReader } from '../../scene/cameraPose';
import { useViewerNotes } from '../../scene/viewerNotes';
import { useExplorer, type ExplorerState } from '../../state/explorerStore';

type Kept = Pick<ExplorerState, 'mode' | 'scene' | 'step' | 'shownLines' | 'region' | 'lineDetail' | 'focus' | 'isolate'>;

interface Presentation {
  presenting: boolean;
}

export const usePresentation = create<Presentation>()(() => ({ presenting: false }));

let kept: { state: Kept; pose: ReturnType<NonNullable<typeof cameraPoseReader.read>> | null; held: boolean; scrollY: number } | null = null;
let wakeLock: { release: () => Promise<void> } | null = null;
let enteredFullscreen = false;
/** Called back when the step of a tour must be shown again on leaving (x-ray and pointer); set by the tours. */
let restoreTourLook: ((scene: string | null, step: number) => void) | null = null;

export function onPresentationRestore(restore: (scene: string | null, step: number) => void): void {
  restoreTourLook = restore;
}

interface WakeLockNavigator {
  wakeLock?: { request: (type: 'screen') => Promise<{ release: () => Promise<void> }> };
}

/** The screen stays on while presenting, where the browser can; a refusal (battery saver, no support) is fine. */
async function keepScreenOn(): Promise<void> {
  try {
    wakeLock = (await (navigator as WakeLockNavigator).wakeLock?.request('screen')) ?? null;
  } catch {
    wakeLock = null;
  }
}

/** A browser that lets the page go full screen does; one that does not (iPhone Safari, an iframe) is left alone. */
async function goFullscreen(): Promise<void> {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    enteredFullscreen = true;
  } catch {
    enteredFullscreen = false;
  }
}

function onVisibility(): void {
  // The browser lets go of the wake lock when the page is hidden; take it again on coming back.
  if (document.visibilityState === 'visible' && usePresentation.getState().presenting && !wakeLock) void keepScreenOn();
}

function onFullscreenChange(): void {
  // Escape in full screen is the browser's own: it leaves full screen without a key event; leave the presentation too.
  if (!document.fullscreenElement && enteredFullscreen) {
    enteredFullscreen = false;
    leavePresentation();
  }
}

export function enterPresentation(): void {
  if (usePresentation.getState().presenting) return;
  const { mode, scene, step, shownLines, region, lineDetail, focus, isolate } = useExplorer.getState();
  kept = { state: { mode, scene, step, shownLines, region, lineDetail, focus, isolate }, pose: cameraPoseReader.read?.() ?? null, held: useViewerNotes.getState().cameraHeld, scrollY: window.scrollY };
  usePresentation.setState({ presenting: true });
  void goFullscreen();
  void keepScreenOn();
  document.addEventListener('visibilitychange', onVisibility);
  document.addEventListener('fullscreenchange', onFullscreenChange);
}

export function leavePresentation(): void {
  if (!usePresentation.getState().presenting) return;
  usePresentation.setState({ presenting: false });
  document.removeEventListener('visibilitychange', onVisibility);
  document.removeEventListener('fullscreenchange', onFullscreenChange);
  void wakeLock?.release().catch(() => undefined);
  wakeLock = null;
  if (enteredFullscreen && document.fullscreenElement) {
    enteredFullscreen = false;
    void document.exitFullscreen().catch(() => undefined);
  }
  const back = kept;
  kept = null;
  if (!back) return;
  // Stepped on while presenting: the therapist carries on from that step (user test: leaving threw the progress away).
  const now = useExplorer.getState();
  if (back.state.mode === 'tours' && back.state.scene !== null && now.mode === 'tours' && now.scene === back.state.scene && now.step !== back.state.step) {
    requestAnimationFrame(() => window.scrollTo({ top: back.scrollY }));
    return;
  }
  useExplorer.setState(back.state);
  restoreTourLook?.(back.state.mode === 'tours' ? back.state.scene : null, back.state.step);
  // Back where the therapist had it, and not 'turned by hand' unless it was then (no needless way back to the step).
  if (back.pose) useExplorer.getState().actions.moveCamera({ kind: 'pose', ...back.pose, held: back.held });
  // The page scrolls back to where the therapist was reading once the panels are laid out again.
  requestAnimationFrame(() => window.scrollTo({ top: back.scrollY }));
}
