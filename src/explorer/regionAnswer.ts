// The short answer a region's panel opens with: derived from the content, so no region needs a hand-made summary.
import type { RegionBaseId } from '../content/ids';
import type { Content } from '../content/load';

/** At most this many exercises under "what you can do now": one or two to try, not a programme. */
export const MAX_EXERCISES_NOW = 2;

/**
 * Exercises for a region: those tagged with the region first, then those of the region's patterns, without repeats.
 */
export function exercisesForRegion(
  content: Pick<Content, 'exercises' | 'patterns' | 'index'>,
  region: RegionBaseId,
  limit = MAX_EXERCISES_NOW,
): string[] {
  const found: string[] = [];
  const add = (id: string) => {
    if (!found.includes(id) && content.exercises.has(id)) found.push(id);
  };
  for (const exercise of content.exercises.values()) if (exercise.regions.includes(region)) add(exercise.id);
  for (const patternId of content.index.patternsOfRegion[region]) {
    for (const exerciseId of content.patterns.get(patternId)?.exercises ?? []) add(exerciseId);
  }
  return found.slice(0, limit);
}
