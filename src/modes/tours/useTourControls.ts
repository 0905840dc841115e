// How a person steps through an open tour besides the buttons: arrow keys (and a presenter's clicker, which sends
// PageUp/PageDown), a quick sideways swipe over the body or the panel, and autoplay.
import { useEffect } from 'react';
import { useExplorer } from '../../state/explorerStore';
import { autoplayDelay, autoplayNext, swipeDirection } from './stepping';
import { currentTour, goToStep, setPlaying, useTourPlayback } from './tourPlayback';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

function step(by: 1 | -1): void {
  goToStep(useExplorer.getState().step + by);
}

/** Arrow keys step, except while typing (the search) or on the body itself, whose arrow keys turn it. */
export function useStepKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], canvas, [role="slider"]')) return;
      if (NEXT_KEYS.has(event.key)) step(1);
      else if (PREVIOUS_KEYS.has(event.key)) step(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}

/** Where a swipe may start: the body, the panel, the presentation's band. */
const SWIPE_AREAS = '.stage, .detail, .presentation';

/** A quick sideways flick of one finger steps; two fingers (pinch, pan) never do. */
export function useStepSwipes(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const touches = new Set<number>();
    let start: { id: number; x: number; y: number; at: number } | null = null;
    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      touches.add(event.pointerId);
      const inArea = (event.target as Element | null)?.closest?.(SWIPE_AREAS);
      start = touches.size === 1 && inArea ? { id: event.pointerId, x: event.clientX, y: event.clientY, at: event.timeStamp } : null;
    };
    const onUp = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      touches.delete(event.pointerId);
      if (!start || start.id !== event.pointerId) return;
      const direction = swipeDirection(event.clientX - start.x, event.clientY - start.y, event.timeStamp - start.at);
      start = null;
      if (direction) step(direction === 'next' ? 1 : -1);
    };
    const onCancel = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      start = null;
    };
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    document.addEventListener('pointercancel', onCancel, true);
    return () => {
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      document.removeEventListener('pointercancel', onCancel, true);
    };
  }, [active]);
}

/** While autoplay runs, each step stays as long as its text takes to read, then the next comes; it stops at the end. */
export function useAutoplay(): void {
  const playing = useTourPlayback((state) => state.playing);
  const stepNumber = useExplorer((state) => state.step);
  const scene = useExplorer((state) => state.scene);
  const language = useExplorer((state) => state.language);
  useEffect(() => {
    if (!playing) return undefined;
    const tour = currentTour();
    const sceneStep = tour?.steps[stepNumber - 1];
    if (!tour || !sceneStep) return undefined;
    const timer = setTimeout(() => {
      const next = autoplayNext(stepNumber, tour.steps.length);
      if (!next.playing) setPlaying(false);
      else goToStep(next.step);
    }, autoplayDelay(sceneStep.text[language]));
    return () => clearTimeout(timer);
  }, [playing, stepNumber, scene, language]);
}
