import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { exercisesForRegion } from '../../src/explorer/regionAnswer';
import { placeOfExercise } from '../../src/search/exercisePlace';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const content = result.content;

describe('a found exercise opens a panel that shows it', () => {
  it.each([...content.exercises.keys()])('%s', (id) => {
    const place = placeOfExercise(content, id);
    expect(place).toBeDefined();
    if (!place) return;
    if (place.pattern) {
      // Inside a pattern that the region's panel lists, and that holds the exercise.
      expect(content.index.patternsOfRegion[place.region]).toContain(place.pattern);
      expect(content.patterns.get(place.pattern)?.exercises).toContain(id);
    } else {
      // Under "what you can try now", near the top of the panel.
      expect(exercisesForRegion(content, place.region)).toContain(id);
    }
  });

  it('opens the grounding exercise at the feet, where it starts', () => {
    expect(placeOfExercise(content, 'grounding')).toEqual({ region: 'foot' });
  });

  it('knows no place for an exercise that does not exist', () => {
    expect(placeOfExercise(content, 'no_such_exercise')).toBeUndefined();
  });
});
