// Walking a scene: which step comes next, how long autoplay waits, and what a step puts on the body. Pure, so the
// player, the presentation and the embed step the same way and the tests reach every rule without a browser.
import { isSidedRegionBase, type Language, type RegionId } from '../../content/ids';
import type { Landmark, LocalText, Scene, SceneStep, Structure } from '../../content/schemas';
import type { ShownLine } from '../../explorer/shownLine';
import type { CameraCommand, Focus } from '../../state/explorerStore';

/** A step number that exists in a scene of `count` steps (1-based, as in the URL). */
export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step) || count < 1) return 1;
  return Math.min(Math.max(1, Math.round(step)), count);
}

export const nextStep = (step: number, count: number): number => clampStep(step + 1, count);
export const previousStep = (step: number, count: number): number => clampStep(step - 1, count);
export const isFirstStep = (step: number): boolean => step <= 1;
export const isLastStep = (step: number, count: number): boolean => step >= count;

/** Reading time: a calm reader takes in about 14 characters a second; a moment to look at the body comes first. */
const LOOK_MS = 3000;
const MS_PER_CHARACTER = 70;
export const AUTOPLAY_SHORTEST_MS = 6000;
export const AUTOPLAY_LONGEST_MS = 20000;

/** How long autoplay stays on a step before it goes on: long enough to read its text and look. */
export function autoplayDelay(text: string): number {
  return Math.min(AUTOPLAY_LONGEST_MS, Math.max(AUTOPLAY_SHORTEST_MS, LOOK_MS + text.length * MS_PER_CHARACTER));
}

/** What autoplay does after a step's time: go on, or stop at the end (it never wraps round to the start). */
export function autoplayNext(step: number, count: number): { step: number; playing: boolean } {
  return isLastStep(step, count) ? { step, playing: false } : { step: step + 1, playing: true };
}

/** A scene's length in whole minutes, at least one: the time autoplay would take. */
export function sceneMinutes(scene: Scene, language: Language): number {
  const ms = scene.steps.reduce((sum, step) => sum + autoplayDelay(step.text[language]), 0);
  return Math.max(1, Math.round(ms / 60000));
}

/** A pointer on the body: the region it belongs to (where the 2D body draws it) and, for a point, its landmark. */
export interface StepPointer {
  region: RegionId;
  /** The landmark's node in the model (`landmark_calcaneus_l`), drawn at that point; absent for a region pointer. */
  modelName?: string;
  /** The track's mesh (`track_hamstrings_l`), drawn at the middle of its course. */
  track?: string;
  label: LocalText;
}

/** Everything a step sets in the explorer: lines, glow, the named part, the camera, the skin, a pointer. */
export interface StepView {
  shownLines: ShownLine[];
  region: RegionId | null;
  focus: Focus | null;
  camera: CameraCommand['target'];
  /** Skin opacity for the step; null leaves the person's own setting. */
  skinOverride: number | null;
  isolate: boolean;
  /** The step's pointer, and its track named where it runs. */
  pointers: StepPointer[];
}

/** What stepView reads from the content: landmarks for pointers, structures to name a step's track. */
export interface StepContent {
  landmarks: ReadonlyMap<string, Landmark>;
  structures: ReadonlyMap<string, Structure>;
}

/** A step's one track, named where it runs (on the left where it is sided). */
function trackPointer(id: string, structures: StepContent['structures']): StepPointer | null {
  const structure = structures.get(id);
  const base = structure?.regions[0];
  if (!structure || !base) return null;
  const region = (isSidedRegionBase(base) ? `${base}_l` : base) as RegionId;
  const label = { nl: shortLabel(structure.names.nl, structure.names.la), en: shortLabel(structure.names.en, structure.names.la) };
  return { region, track: structure.sided ? `track_${id}_l` : `track_${id}`, label };
}

/** A label on the body is a few words: a long plain name gives way to the anatomical term. */
export const LABEL_LENGTH = 40;
export function shortLabel(plain: string, latin: string): string {
  if (plain.length <= LABEL_LENGTH) return plain;
  if (latin.length <= LABEL_LENGTH) return latin;
  return `${plain.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

function pointersOf(step: SceneStep, content: StepContent): StepPointer[] {
  const named = step.track ? trackPointer(step.track, content.structures) : null;
  const pointed = pointerOf(step, content.landmarks);
  return [pointed, named].filter((pointer): pointer is StepPointer => pointer !== null);
}

function pointerOf(step: SceneStep, landmarks: StepContent['landmarks']): StepPointer | null {
  const pointer = step.pointer;
  if (!pointer) return null;
  if (pointer.region) return { region: pointer.region as RegionId, label: pointer.label };
  const landmark = pointer.landmark ? landmarks.get(pointer.landmark) : undefined;
  if (!landmark) return null;
  const side = pointer.side ?? 'l';
  const region = (isSidedRegionBase(landmark.region) ? `${landmark.region}_${side}` : landmark.region) as RegionId;
  const modelName = landmark.sided ? `landmark_${landmark.id}_${side}` : `landmark_${landmark.id}`;
  return { region, modelName, label: pointer.label };
}

export function stepView(step: SceneStep, content: StepContent): StepView {
  const focus: Focus | null = step.track
    ? { kind: 'track', id: step.track }
    : step.station
      ? { kind: 'station', id: step.station }
      : null;
  const camera: CameraCommand['target'] =
    'view' in step.camera
      ? { kind: 'view', view: step.camera.view }
      : 'region' in step.camera
        ? { kind: 'region', region: step.camera.region as RegionId }
        : step.camera.frame === 'focus' && focus
          ? { kind: 'focus', focus }
          : { kind: 'lines' };
  return {
    shownLines: step.lines.map((line) => ({ id: line.id, side: line.side })),
    region: (step.region as RegionId | undefined) ?? null,
    focus,
    camera,
    skinOverride: step.xray ?? null,
    isolate: step.isolate ?? false,
    pointers: pointersOf(step, content),
  };
}

export type SwipeDirection = 'next' | 'previous';

/** Shortest sideways travel (CSS px) that counts as a swipe to another step. */
export const SWIPE_MIN_DISTANCE = 60;

/**
 * A mostly sideways swipe over the step's text steps: to the left for the next step (the page moves on like a book),
 * to the right for the previous one; a vertical one scrolls. (Over the body a swipe turns the body, never steps.)
 */
export function swipeDirection(dx: number, dy: number): SwipeDirection | null {
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
