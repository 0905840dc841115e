// How passages are put in order for reading: warnings first and apart, so a warning sign is never the last thing
// in a long panel nor mistaken for a practice anecdote.
import { URGENCIES } from './ids';
import type { Passage } from './schemas';

export interface ReadingOrder {
  /** Warning passages, most urgent first (stable within one urgency). */
  warnings: Passage[];
  /** Everything else, in the order written. */
  others: Passage[];
}

const urgencyRank = (passage: Passage) => (passage.urgency ? URGENCIES.indexOf(passage.urgency) : URGENCIES.length);

export function readingOrder(passages: readonly Passage[]): ReadingOrder {
  const warnings = passages.filter((passage) => passage.claim === 'warning');
  return {
    warnings: warnings.map((passage, index) => ({ passage, index }))
      .sort((a, b) => urgencyRank(a.passage) - urgencyRank(b.passage) || a.index - b.index)
      .map(({ passage }) => passage),
    others: passages.filter((passage) => passage.claim !== 'warning'),
  };
}
