// What two or three lines have in common, read from their paths (never typed): the same structure (a track, or one
// Myers groups with a track) or the same bony landmark (a station).
import type { LineId } from '../../content/ids';
import { allSteps, structuresOfStep } from '../../content/indexes';
import type { Line } from '../../content/schemas';

export interface SharedParts {
  structures: string[];
  landmarks: string[];
}

function partsOf(line: Line): { structures: Set<string>; landmarks: Set<string> } {
  const structures = new Set<string>();
  const landmarks = new Set<string>();
  for (const step of allSteps(line)) {
    if (step.kind === 'station') landmarks.add(step.id);
    for (const structure of structuresOfStep(step)) structures.add(structure);
  }
  return { structures, landmarks };
}

/** The parts two lines share, in the order they appear along the first line. */
export function sharedBetween(first: Line, second: Line): SharedParts {
  const a = partsOf(first);
  const b = partsOf(second);
  return {
    structures: [...a.structures].filter((id) => b.structures.has(id)),
    landmarks: [...a.landmarks].filter((id) => b.landmarks.has(id)),
  };
}

export interface PairShare extends SharedParts {
  lines: readonly [LineId, LineId];
}

/** Every pair among the compared lines, with what it shares (pairs that share nothing are listed too). */
export function sharedPairs(lines: readonly Line[]): PairShare[] {
  const pairs: PairShare[] = [];
  lines.forEach((first, index) => {
    for (const second of lines.slice(index + 1)) pairs.push({ lines: [first.id, second.id], ...sharedBetween(first, second) });
  });
  return pairs;
}

/** Every part that at least two of the compared lines share, for marking on the body and in the lists. */
export function sharedAmong(lines: readonly Line[]): SharedParts {
  const structures = new Set<string>();
  const landmarks = new Set<string>();
  for (const pair of sharedPairs(lines)) {
    pair.structures.forEach((id) => structures.add(id));
    pair.landmarks.forEach((id) => landmarks.add(id));
  }
  return { structures: [...structures], landmarks: [...landmarks] };
}

/** The lines another line shares any tissue (a structure) with. */
export function linesSharingTissue(line: Line, others: readonly Line[]): LineId[] {
  return others.filter((other) => other.id !== line.id && sharedBetween(line, other).structures.length > 0).map((other) => other.id);
}
