// Plays a tour on the explorer: a step's lines, glow, named part, camera, x-ray and pointer are set in one change of
// the explorer store together with the step number, so each step is one entry in the history and back walks the
// steps. Reached from the URL too (as a UrlPart), so a link or back/forward lands on the full step, not half of it.
import { create } from 'zustand';
import type { Content } from '../../content/load';
import type { Scene } from '../../content/schemas';
import { useExplorer } from '../../state/explorerStore';
import { usePreferences } from '../../state/preferences';
import type { UrlPart } from '../../state/urlParts';
import { useBodyMarkers, type BodyMarker } from '../bodyMarkers';
import { clampStep, stepView, type StepPointer } from './stepping';
import { findTour } from './tourScenes';
import { onPresentationRestore } from './presentation';

let content: Content | null = null;

/** What the tour player shows besides the explorer store: the pointer's own words and whether autoplay runs. */
interface TourPlayback {
  pointers: readonly StepPointer[];
  playing: boolean;
}

export const useTourPlayback = create<TourPlayback>()(() => ({ pointers: [], playing: false }));

function markersFor(pointers: readonly StepPointer[]): BodyMarker[] {
  const language = useExplorer.getState().language;
  return pointers.map((pointer, index) => ({
    id: `pointer${index}`,
    kind: 'pointer' as const,
    region: pointer.region,
    label: pointer.label[language],
    ...(pointer.modelName ? { landmark: pointer.modelName } : {}),
    ...(pointer.track ? { track: pointer.track } : {}),
  }));
}

function showPointers(pointers: readonly StepPointer[]): void {
  useTourPlayback.setState({ pointers });
  useBodyMarkers.getState().setMarkers('tours', markersFor(pointers));
}

/** Everything the step sets in the explorer store (without writing it), step number included. */
function stepState(scene: Scene, step: number) {
  const number = clampStep(step, scene.steps.length);
  const sceneStep = scene.steps[number - 1];
  if (!sceneStep || !content) return undefined;
  const view = stepView(sceneStep, content);
  const { camera } = useExplorer.getState();
  return {
    view,
    state: {
      scene: scene.id,
      step: number,
      shownLines: view.shownLines,
      region: view.region,
      focus: view.focus,
      lineDetail: null,
      isolate: view.isolate,
      camera: { serial: camera.serial + 1, target: view.camera },
    },
  };
}

function apply(scene: Scene, step: number, extra: { mode?: 'tours' } = {}): void {
  const next = stepState(scene, step);
  if (!next) return;
  useExplorer.setState({ ...next.state, ...extra });
  usePreferences.getState().actions.setSkinOverride(next.view.skinOverride);
  showPointers(next.view.pointers);
}

export function currentTour(): Scene | undefined {
  return content ? findTour(content, useExplorer.getState().scene) : undefined;
}

/** Opens a tour at a step (1-based), in the tours mode. */
export function openTour(sceneId: string, step = 1): void {
  const scene = content ? findTour(content, sceneId) : undefined;
  if (scene) apply(scene, step, { mode: 'tours' });
}

/** Goes to a step of the open tour; a number out of range lands on the first or last step. */
export function goToStep(step: number): void {
  const scene = currentTour();
  if (scene && clampStep(step, scene.steps.length) !== useExplorer.getState().step) apply(scene, step);
}

/**
 * The step's own view again, after the person turned or zoomed the body by hand (a client took the tablet): only
 * the camera; the lines, the glow and the pointer are still the step's.
 */
export function returnToStepView(): void {
  const scene = currentTour();
  const next = scene ? stepState(scene, useExplorer.getState().step) : undefined;
  if (next) useExplorer.getState().actions.moveCamera(next.view.camera);
}

/** Back to the picker: the body keeps what it shows, the skin goes back to the person's own setting. */
export function closeTour(): void {
  useTourPlayback.setState({ playing: false });
  useExplorer.setState({ scene: null, step: 1, focus: null });
  leaveTourLook();
}

/** The tour's own marks go: its x-ray level (the person's setting holds again) and its pointer. */
function leaveTourLook(): void {
  usePreferences.getState().actions.setSkinOverride(null);
  showPointers([]);
}

export function setPlaying(playing: boolean): void {
  useTourPlayback.setState({ playing });
}

let stopWatching: (() => void) | null = null;

/** The content the tours play from; called once the content is loaded, before the URL is read. */
export function provideTourContent(loaded: Content): void {
  content = loaded;
  stopWatching?.();
  const stops = [
    // Leaving the tours (another mode, or the scene closed by a link) takes the tour's look along.
    useExplorer.subscribe(
      (state) => state.mode === 'tours' && state.scene !== null,
      (inTour) => {
        if (!inTour) {
          useTourPlayback.setState({ playing: false });
          leaveTourLook();
        } else {
          // Back in the tours (from the explorer, with the tour still open): its step's x-ray and pointer return.
          const { scene, step } = useExplorer.getState();
          showStepLook(scene, step);
        }
      },
    ),
    // The pointer's label follows the language.
    useExplorer.subscribe(
      (state) => state.language,
      () => showPointers(useTourPlayback.getState().pointers),
    ),
  ];
  stopWatching = () => stops.forEach((stop) => stop());
  // Leaving the presentation puts the store back as it was; the step's x-ray and pointer come with it.
  onPresentationRestore(showStepLook);
}

/** A step's x-ray level and pointers, without touching what else is on the body. */
function showStepLook(sceneId: string | null, step: number): void {
  const tour = content ? findTour(content, sceneId) : undefined;
  const sceneStep = tour?.steps[clampStep(step, tour.steps.length) - 1];
  if (!sceneStep || !content) return leaveTourLook();
  const view = stepView(sceneStep, content);
  usePreferences.getState().actions.setSkinOverride(view.skinOverride);
  showPointers(view.pointers);
}

/**
 * `scene` and `step` are core URL values; this part only completes them: a link or back/forward that names a step
 * shows all of it. It runs while the URL is applied, so what it sets is not pushed as another history entry.
 */
export const tourUrlPart: UrlPart = {
  name: 'tours',
  read: () => {
    const { scene, step, mode } = useExplorer.getState();
    const tour = content ? findTour(content, scene) : undefined;
    if (tour && mode === 'tours') apply(tour, step);
  },
  write: () => {},
  subscribe: () => () => {},
};
