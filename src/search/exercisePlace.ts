// Where a home exercise found by the search is shown: exercises have no page of their own, they live in region
// panels (under "what you can try now") and inside the patterns those panels list.
import type { RegionBaseId } from '../content/ids';
import type { Content } from '../content/load';
import { exercisesForRegion } from '../explorer/regionAnswer';

export interface ExercisePlace {
  /** The region whose panel shows the exercise. */
  region: RegionBaseId;
  /** The pattern, listed in that panel, that holds the exercise; absent when the panel shows it near the top. */
  pattern?: string;
}

/**
 * The first of the exercise's own regions whose panel offers it under "what you can try now"; else a region panel
 * that lists a pattern with the exercise; else the exercise's first region, where the lines it works on pass.
 */
export function placeOfExercise(
  content: Pick<Content, 'exercises' | 'patterns' | 'index'>,
  exerciseId: string,
): ExercisePlace | undefined {
  const exercise = content.exercises.get(exerciseId);
  if (!exercise) return undefined;
  const offeredIn = exercise.regions.find((region) => exercisesForRegion(content, region).includes(exerciseId));
  if (offeredIn) return { region: offeredIn };
  for (const pattern of content.patterns.values()) {
    if (!pattern.exercises.includes(exerciseId)) continue;
    const region = pattern.regions.find((candidate) => content.index.patternsOfRegion[candidate].includes(pattern.id));
    if (region) return { region, pattern: pattern.id };
  }
  const first = exercise.regions[0];
  return first ? { region: first } : undefined;
}
