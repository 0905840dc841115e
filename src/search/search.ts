// One search over lines, regions, structures, landmarks, patterns, home exercises and the practice (booking), in both
// languages (and Latin), and in the words people type (data/synonyms.json: symptoms, everyday words, abbreviations),
// tolerant of accents, case, small typos, Dutch compounds ("nekpijn"), the small words around a query ("pain in my
// lower back") and a client's own sentence ("onderrug blijft trekken"), whose other words may name nothing at all.
import { LINE_IDS, REGION_BASE_IDS, type LineId, type RegionBaseId } from '../content/ids';
import type { Content } from '../content/load';
import { SEARCH_KINDS, type SearchKind } from '../content/ids';
import { editDistance } from '../content/suggest';

export type { SearchKind };

export interface SearchTerm {
  /** Normalised text, e.g. "lower back pain". */
  text: string;
  /** Its words, split once when the index is built. */
  words: string[];
}

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** Every name and search word it is known by, normalised and without repeats. */
  terms: SearchTerm[];
}

export type QuerySide = 'l' | 'r';

export interface SearchIndex {
  entries: SearchEntry[];
  /** Words a query may carry without them having to match (data/synonyms.json `fillerWords`), normalised. */
  fillerWords: ReadonlySet<string>;
  /** Words that name a side, normalised ("linker" → l); they are filler words as well. */
  sideWords: ReadonlyMap<string, QuerySide>;
  /** Every distinct word of every term: typos are looked up here once per query word, not once per term. */
  vocabulary: readonly string[];
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  score: number;
}

/** Lowercase, without accents or punctuation: "Rückenstrecker" and "ruckenstrecker" are the same. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "runner's knee" and "runners knee" are the same query; other punctuation separates words.
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The practice is one entry: "afspraak maken", "intake", "book an appointment" ask for it, not for a body part. */
export const PRACTICE_ID = 'practice';

export function buildSearchIndex(
  content: Pick<Content, 'lines' | 'regions' | 'structures' | 'landmarks' | 'patterns' | 'exercises' | 'practice' | 'synonyms'>,
): SearchIndex {
  const extra = new Map<string, string[]>();
  for (const synonym of content.synonyms.synonyms) {
    const key = `${synonym.kind}:${synonym.id}`;
    extra.set(key, [...(extra.get(key) ?? []), ...synonym.nl, ...synonym.en]);
  }
  const kindWords = content.synonyms.kindWords ?? {};
  const entry = (kind: SearchKind, id: string, names: readonly string[]): SearchEntry => {
    const ofKind = kindWords[kind];
    const all = [...names, ...(extra.get(`${kind}:${id}`) ?? []), ...(ofKind?.nl ?? []), ...(ofKind?.en ?? [])];
    const texts = [...new Set(all.map(normalise).filter(Boolean))];
    return { kind, id, terms: texts.map((text) => ({ text, words: text.split(' ') })) };
  };
  const entries = [
    ...LINE_IDS.map((id: LineId) => {
      const line = content.lines[id];
      return entry('line', id, [line.names.nl, line.names.en, line.abbreviation.nl, line.abbreviation.en, id]);
    }),
    ...REGION_BASE_IDS.map((id: RegionBaseId) => entry('region', id, [content.regions[id].names.nl, content.regions[id].names.en])),
    ...[...content.structures.values()].map((s) => entry('structure', s.id, [s.names.nl, s.names.en, s.names.la])),
    ...[...content.landmarks.values()].map((l) => entry('landmark', l.id, [l.names.nl, l.names.en, l.names.la])),
    ...[...content.patterns.values()].map((p) => entry('pattern', p.id, [p.names.nl, p.names.en])),
    ...[...content.exercises.values()].map((e) => entry('exercise', e.id, [e.names.nl, e.names.en])),
    entry('practice', PRACTICE_ID, [content.practice.name]),
  ];
  const wordsOf = (list: readonly string[]) => list.flatMap((word) => normalise(word).split(' ')).filter(Boolean);
  const sideWords = new Map<string, QuerySide>();
  for (const side of ['l', 'r'] as const) {
    const { nl, en } = content.synonyms.sideWords[side];
    // "left side": only "left" names the side; "side" alone says nothing.
    for (const word of [...nl, ...en].map((phrase) => normalise(phrase).split(' ')[0] ?? '')) if (word) sideWords.set(word, side);
  }
  const fillerWords = new Set([...wordsOf(content.synonyms.fillerWords.nl), ...wordsOf(content.synonyms.fillerWords.en), ...sideWords.keys()]);
  const vocabulary = [...new Set(entries.flatMap((entry) => entry.terms.flatMap((term) => term.words)))];
  return { entries, fillerWords, sideWords, vocabulary };
}

/** The side a query names ("pijn in mijn rechter knie" → r), if it names one. */
export function querySide(index: Pick<SearchIndex, 'sideWords'>, query: string): QuerySide | undefined {
  for (const word of normalise(query).split(' ')) {
    const side = index.sideWords.get(word);
    if (side) return side;
  }
  return undefined;
}

/** On equal scores, the broader answer first: a region before a muscle of it. */
const KIND_ORDER: readonly SearchKind[] = SEARCH_KINDS;

/** The words of the vocabulary within a typo of a query word (whole, or as the start of a longer word). */
function typoNeighbours(word: string, vocabulary: readonly string[]): ReadonlySet<string> {
  const near = new Set<string>();
  if (word.length < 4) return near;
  const tolerance = word.length >= 8 ? 2 : 1;
  for (const candidate of vocabulary) {
    // Edit distance is the costly part: only for words whose length could be within reach.
    if (candidate.length < word.length - tolerance) continue;
    if (Math.abs(candidate.length - word.length) <= tolerance && editDistance(word, candidate) <= tolerance) near.add(candidate);
    else if (candidate.length > word.length && editDistance(word, candidate.slice(0, word.length + 1)) <= tolerance) near.add(candidate);
  }
  return near;
}

/** A query word as searched: the word itself, and the vocabulary words it could be a typo of. */
interface Reading { word: string; typos: ReadonlySet<string> }

/** How well one query word matches one term: whole term, then a word's start, then inside, then a typo; 0 is none. */
function wordScore({ word, typos }: Reading, term: SearchTerm): number {
  if (term.text === word) return 10;
  if (term.words.some((candidate) => candidate.startsWith(word))) return 8;
  if (term.text.includes(word)) return 6;
  if (typos.size > 0 && term.words.some((candidate) => typos.has(candidate))) return 4;
  return 0;
}

/** Dutch writes "nekpijn", "rugklachten", "kuitkramp" as one word: also try the word without a filler at its end. */
const SHORTEST_COMPOUND_PART = 3;
function readings(word: string, fillerWords: ReadonlySet<string>): string[] {
  const out = [word];
  for (const filler of fillerWords) {
    if (filler.length >= 4 && word.length - filler.length >= SHORTEST_COMPOUND_PART && word.endsWith(filler)) {
      out.push(word.slice(0, -filler.length));
    }
  }
  return out;
}

/** What a query says, read once: its phrase, the words that must match, and the words that may. */
export interface ReadQuery {
  phrase: string;
  /** The phrase without filler words, e.g. "lower back" for "pain in my lower back". */
  core: string;
  /** Each word that must match, with its readings (the word itself, and a compound without its filler). */
  required: string[][];
  optional: string[];
}

export function readQuery(query: string, fillerWords: ReadonlySet<string>): ReadQuery {
  const phrase = normalise(query);
  const words = phrase.split(' ').filter(Boolean);
  const content = words.filter((word) => !fillerWords.has(word));
  // A query of filler words only ("pijn") is searched for as it is.
  const required = content.length > 0 ? content : words;
  return {
    phrase,
    core: required.join(' '),
    required: required.map((word) => readings(word, fillerWords)),
    optional: content.length > 0 ? words.filter((word) => fillerWords.has(word)) : [],
  };
}

function bestReading(readingsOfWord: readonly Reading[], term: SearchTerm): number {
  let best = 0;
  for (const reading of readingsOfWord) best = Math.max(best, wordScore(reading, term));
  return best;
}

/** The query with each required word's readings and their typo neighbours, looked up once. */
interface PreparedQuery extends ReadQuery { readings: Reading[][] }

/** The score of one term for a query, 0 when a required word is missing from it. */
function termScore(read: PreparedQuery, term: SearchTerm): number {
  let total = 0;
  let matched = 0;
  for (const readingsOfWord of read.readings) {
    const score = bestReading(readingsOfWord, term);
    if (score === 0) return 0;
    total += score;
    matched += 1;
  }
  // Filler words that the term shares ("heel pain") tip the balance; those it lacks cost nothing.
  for (const word of read.optional) {
    if (term.words.includes(word)) {
      total += 1;
      matched += 1;
    }
  }
  const compound = read.required.length === 1 ? read.required[0]?.slice(1) ?? [] : [];
  // The whole term typed beats a longer one that contains the same words ("Deep Front Line" vs "Deep Front Arm Line").
  if (term.text === read.phrase) total += 50;
  else if (term.text === read.core || compound.includes(term.text)) total += 25;
  else if (term.text.startsWith(read.phrase)) total += 10;
  // Longer terms cost a little for each word the query did not ask for, but a match never drops to nothing.
  return Math.max(0.1, total - Math.max(0, term.words.length - matched) * 0.5);
}

/**
 * A client's sentence carries words that name nothing ("onderrug blijft maar zeuren", "knee pain when running"):
 * when no entry has all its words, the entries that have at least this share of them are still offered.
 */
export const PARTIAL_MIN_SHARE = 1 / 3;
/** In a partial match a word counts only as itself or part of a word: guessing that one word is a typo while
 * ignoring others turns "afspraak maken" into "kaken". */
const PARTIAL_MIN_WORD_SCORE = 6;

function partialScore(read: PreparedQuery, terms: readonly SearchTerm[]): number {
  let matched = 0;
  let total = 0;
  for (const readingsOfWord of read.readings) {
    let best = 0;
    for (const term of terms) best = Math.max(best, bestReading(readingsOfWord, term));
    if (best >= PARTIAL_MIN_WORD_SCORE) {
      matched += 1;
      total += best;
    }
  }
  return matched > 0 && matched >= read.required.length * PARTIAL_MIN_SHARE ? total / read.required.length : 0;
}

export function search(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const plain = readQuery(query, index.fillerWords);
  if (plain.required.length === 0) return [];
  const rank = (hits: SearchHit[]) =>
    hits
      .sort((a, b) => b.score - a.score || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id))
      .slice(0, limit);
  const fullHits = (prepared: PreparedQuery) => {
    const hits: SearchHit[] = [];
    for (const entry of index.entries) {
      let best = 0;
      for (const term of entry.terms) best = Math.max(best, termScore(prepared, term));
      if (best > 0) hits.push({ kind: entry.kind, id: entry.id, score: best });
    }
    return hits;
  };
  // Typos are guessed only when the words as typed find nothing: "heel" found the heel bone, and also the base of the
  // skull through the Dutch "keel" (throat), one letter away.
  const exact = fullHits({ ...plain, readings: plain.required.map((words) => words.map((word) => ({ word, typos: new Set<string>() }))) });
  if (exact.length > 0) return rank(exact);
  const read: PreparedQuery = {
    ...plain,
    readings: plain.required.map((words) => words.map((word) => ({ word, typos: typoNeighbours(word, index.vocabulary) }))),
  };
  const full = fullHits(read);
  if (full.length > 0 || read.required.length < 2) return rank(full);
  const partial: SearchHit[] = [];
  for (const entry of index.entries) {
    const score = partialScore(read, entry.terms);
    if (score > 0) partial.push({ kind: entry.kind, id: entry.id, score });
  }
  return rank(partial);
}
