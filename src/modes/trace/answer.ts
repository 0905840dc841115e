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

/** One thing a client may notice, as a pattern tells it: the pattern and which of its `clientNotices`. */
export interface ClientQuote {
  pattern: Pattern;
  notice: number;
  /** The first quote of its pattern on the page: where a therapist reads the pattern's name and what to look for. */
  firstOfPattern: boolean;
}

export interface LineQuotes {
  /** The most relevant few, shown at once. */
  shown: ClientQuote[];
  /** The rest, behind a "more". */
  more: ClientQuote[];
}

/** At least this many quotes are shown per line; a third only when it fits the pins as well as the second. */
const QUOTES_SHOWN = 2;
const QUOTES_SHOWN_AT_MOST = 3;

interface Candidate {
  pattern: Pattern;
  notice: number;
  hits: number;
}

/**
 * The quotes of each line's fitting patterns, best first: those of patterns that involve more of the pinned spots and
 * the sorer ones, one from each pattern before a second from any, so the few shown say different things.
 */
function candidatesFor(line: LineId, pins: readonly Pin[], content: Pick<Content, 'patterns'>): Candidate[] {
  // How much a pattern fits: the pinned spots it involves, each as sore as the client said (the sorest first).
  const fit = (pattern: Pattern) =>
    pins.reduce((sum, pin, index) => (pins.findIndex((other) => regionBase(other.region) === regionBase(pin.region)) === index && pattern.regions.includes(regionBase(pin.region)) ? sum + pin.intensity : sum), 0);
  const patterns = [...content.patterns.values()]
    .map((pattern) => ({ pattern, hits: fit(pattern) }))
    .filter(({ pattern, hits }) => pattern.lines.includes(line) && hits > 0)
    .sort((a, b) => b.hits - a.hits || a.pattern.id.localeCompare(b.pattern.id));
  const deepest = Math.max(0, ...patterns.map(({ pattern }) => pattern.clientNotices.length));
  const candidates: Candidate[] = [];
  for (let notice = 0; notice < deepest; notice++) {
    for (const { pattern, hits } of patterns) if (notice < pattern.clientNotices.length) candidates.push({ pattern, notice, hits });
  }
  // A pattern's quotes stay in the order of its relevance: all with more hits before any with fewer.
  return candidates.sort((a, b) => b.hits - a.hits);
}

/**
 * What the client may notice, for the lines told in full (best first): each line shows its two or three most relevant
 * quotes and keeps the rest behind a "more"; no quote appears twice on the page, so a quote goes to the best line
 * that has it, and the lines below show their own.
 */
export function quotesForLines(lines: readonly LineId[], pins: readonly Pin[], content: Pick<Content, 'patterns'>): Map<LineId, LineQuotes> {
  const used = new Set<string>();
  const keyOf = (candidate: Candidate) => {
    const text = candidate.pattern.clientNotices[candidate.notice];
    // Two patterns with the very same words count as one quote.
    return text ? `${text.nl}\u0000${text.en}` : `${candidate.pattern.id}:${candidate.notice}`;
  };
  const take = (candidate: Candidate) => {
    const key = keyOf(candidate);
    if (used.has(key)) return false;
    used.add(key);
    return true;
  };
  const all = new Map(lines.map((line) => [line, candidatesFor(line, pins, content)]));
  const shown = new Map<LineId, Candidate[]>();
  // The pinned spots, the sorest first: each should hear of itself among the few shown.
  const spots = [...new Set([...pins].sort((a, b) => b.intensity - a.intensity).map((pin) => regionBase(pin.region)))];
  // First every line's best few, in rank order, so a lower line is not left with only the leftovers.
  for (const line of lines) {
    const candidates = all.get(line) ?? [];
    const mine: Candidate[] = [];
    const free = (candidate: Candidate) => !used.has(keyOf(candidate)) && !mine.includes(candidate);
    // One for each pinned spot the line's patterns speak of (from different patterns), then the best of the rest.
    for (const spot of spots) {
      if (mine.length >= QUOTES_SHOWN_AT_MOST) break;
      if (mine.some((chosen) => chosen.pattern.regions.includes(spot))) continue;
      const fitting = candidates.find((candidate) => free(candidate) && candidate.pattern.regions.includes(spot) && !mine.some((chosen) => chosen.pattern.id === candidate.pattern.id));
      if (fitting) mine.push(fitting);
    }
    for (const candidate of candidates) {
      if (mine.length >= QUOTES_SHOWN_AT_MOST) break;
      // A third only when it fits the pins as well as the least of those already chosen.
      if (mine.length >= QUOTES_SHOWN && candidate.hits < Math.min(...mine.map((chosen) => chosen.hits))) break;
      if (free(candidate)) mine.push(candidate);
    }
    mine.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b));
    mine.forEach(take);
    shown.set(line, mine);
  }
  const seenPatterns = new Set<string>();
  const quote = ({ pattern, notice }: Candidate): ClientQuote => {
    const firstOfPattern = !seenPatterns.has(pattern.id);
    seenPatterns.add(pattern.id);
    return { pattern, notice, firstOfPattern };
  };
  const result = new Map<LineId, LineQuotes>();
  for (const line of lines) {
    const first = (shown.get(line) ?? []).map(quote);
    const rest = (all.get(line) ?? []).filter((candidate) => take(candidate)).map(quote);
    result.set(line, { shown: first, more: rest });
  }
  return result;
}
