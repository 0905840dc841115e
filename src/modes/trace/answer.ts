// What goes with a ranked line for the pinned spots: the compensation patterns that fit, and the exercises that help.
import { regionBase, type LineId, type RegionBaseId } from '../../content/ids';
import type { Content } from '../../content/load';
import type { Exercise, Pattern } from '../../content/schemas';
import type { Pin } from './pins';

/** A result stays short enough to read on a phone: the best few, not every match. */
const MOST_PATTERNS = 3;
const MOST_EXERCISES = 2;

const basesOf = (pins: readonly Pin[]): RegionBaseId[] => [...new Set(pins.map((pin) => regionBase(pin.region)))];

/** Patterns of the line that involve a pinned region, those touching more pins first. */
export function patternsFor(line: LineId, pins: readonly Pin[], content: Pick<Content, 'patterns'>): Pattern[] {
  const bases = basesOf(pins);
  const hits = (pattern: Pattern) => pattern.regions.filter((region) => bases.includes(region)).length;
  return [...content.patterns.values()]
    .filter((pattern) => pattern.lines.includes(line) && hits(pattern) > 0)
    .sort((a, b) => hits(b) - hits(a) || a.id.localeCompare(b.id))
    .slice(0, MOST_PATTERNS);
}

/**
 * Exercises linked to the line and a pinned region first, then those the fitting patterns name, then the line's
 * own; the practice's grounding exercise is always offered last when it belongs to the line.
 */
export function exercisesFor(line: LineId, pins: readonly Pin[], content: Pick<Content, 'patterns' | 'exercises'>): Exercise[] {
  const bases = basesOf(pins);
  const fromPatterns = new Set(patternsFor(line, pins, content).flatMap((pattern) => pattern.exercises));
  const score = (exercise: Exercise) =>
    (exercise.regions.some((region) => bases.includes(region)) ? 2 : 0) + (fromPatterns.has(exercise.id) ? 1 : 0);
  const linked = [...content.exercises.values()].filter((exercise) => exercise.lines.includes(line) || fromPatterns.has(exercise.id));
  return linked
    .filter((exercise) => score(exercise) > 0)
    .sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))
    .slice(0, MOST_EXERCISES);
}
