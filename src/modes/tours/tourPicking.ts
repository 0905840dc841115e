// What a tour's card shows besides its words: which lines it lights, for the swatches.
import type { LineId } from '../../content/ids';
import type { Scene } from '../../content/schemas';
import type { AudienceFilter } from './tourScenes';

export const SCENE_AUDIENCE_FILTERS: readonly AudienceFilter[] = ['all', 'client', 'therapist', 'student'];

/** Every line any step lights, in the order they first appear. */
export function linesOfTour(scene: Scene): LineId[] {
  const seen: LineId[] = [];
  for (const step of scene.steps) for (const line of step.lines) if (!seen.includes(line.id)) seen.push(line.id);
  return seen;
}
