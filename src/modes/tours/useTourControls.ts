// How a person steps through an open tour besides the buttons: arrow keys (and a presenter's clicker, which sends
// PageUp/PageDown), a sideways swipe over the step's text (the panel, the presentation's band), and autoplay. A swipe
// on the body turns the body, as it does everywhere else: the person across the desk is shown its back that way.
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

/** Where a swipe steps: the panel and the presentation's band, never the body (`.stage`), whose drag turns it. */
const SWIPE_AREAS = '.detail, .presentation';

/**
 * A quick sideways flick of one finger steps; two fingers (pinch, pan) never do. Touch events rather than pointer
 * events: the browser cancels a pointer as soon as it takes the finger for a scroll of the panel.
 */
export function useStepSwipes(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    let start: { x: number; y: number } | null = null;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      const target = event.target as Element | null;
      const inArea = target?.closest?.(SWIPE_AREAS);
      start = event.touches.length === 1 && touch && inArea ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (!start || !touch || event.touches.length > 0) return;
      const direction = swipeDirection(touch.clientX - start.x, touch.clientY - start.y);
      start = null;
      if (direction) step(direction === 'next' ? 1 : -1);
    };
    const onCancel = () => {
      start = null;
    };
    document.addEventListener('touchstart', onStart, { capture: true, passive: true });
    document.addEventListener('touchend', onEnd, { capture: true, passive: true });
    document.addEventListener('touchcancel', onCancel, { capture: true, passive: true });
    return () => {
      document.removeEventListener('touchstart', onStart, { capture: true });
      document.removeEventListener('touchend', onEnd, { capture: true });
      document.removeEventListener('touchcancel', onCancel, { capture: true });
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
