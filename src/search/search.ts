// One search over lines, regions, structures, landmarks and patterns, in both languages (and Latin),
// tolerant of accents, case and small typos.
import { LINE_IDS, REGION_BASE_IDS, type LineId, type RegionBaseId } from '../content/ids';
import type { Content } from '../content/load';
import { editDistance } from '../content/suggest';

export type SearchKind = 'line' | 'region' | 'structure' | 'landmark' | 'pattern';

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** Every name it is known by, normalised. */
  terms: string[];
  /** The words of each term, split once when the index is built. */
  termWords: string[][];
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
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function buildSearchIndex(content: Pick<Content, 'lines' | 'regions' | 'structures' | 'landmarks' | 'patterns'>): SearchEntry[] {
  const entry = (kind: SearchKind, id: string, names: readonly string[]): SearchEntry => {
    const terms = [...new Set(names.map(normalise).filter(Boolean))];
    return { kind, id, terms, termWords: terms.map((term) => term.split(' ')) };
  };
  return [
    ...LINE_IDS.map((id: LineId) => {
      const line = content.lines[id];
      return entry('line', id, [line.names.nl, line.names.en, line.abbreviation.nl, line.abbreviation.en, id]);
    }),
    ...REGION_BASE_IDS.map((id: RegionBaseId) => entry('region', id, [content.regions[id].names.nl, content.regions[id].names.en])),
    ...[...content.structures.values()].map((s) => entry('structure', s.id, [s.names.nl, s.names.en, s.names.la])),
    ...[...content.landmarks.values()].map((l) => entry('landmark', l.id, [l.names.nl, l.names.en, l.names.la])),
    ...[...content.patterns.values()].map((p) => entry('pattern', p.id, [p.names.nl, p.names.en])),
  ];
}

const KIND_ORDER: readonly SearchKind[] = ['line', 'region', 'pattern', 'structure', 'landmark'];

/** How well one query word matches one term: prefix and substring beat a typo; 0 is no match. */
function wordScore(word: string, term: string, termWords: readonly string[]): number {
  if (term === word) return 10;
  if (termWords.some((candidate) => candidate.startsWith(word))) return 8;
  if (term.includes(word)) return 6;
  if (word.length < 4) return 0;
  const tolerance = word.length >= 8 ? 2 : 1;
  for (const candidate of termWords) {
    // Edit distance is the costly part: only for words whose length could be within reach.
    if (candidate.length < word.length - tolerance) continue;
    if (Math.abs(candidate.length - word.length) <= tolerance && editDistance(word, candidate) <= tolerance) return 4;
    if (candidate.length > word.length && editDistance(word, candidate.slice(0, word.length + 1)) <= tolerance) return 4;
  }
  return 0;
}

export function search(index: readonly SearchEntry[], query: string, limit = 12): SearchHit[] {
  const phrase = normalise(query);
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best = 0;
    entry.terms.forEach((term, termIndex) => {
      const termWords = entry.termWords[termIndex] ?? [];
      let total = 0;
      for (const word of words) {
        const score = wordScore(word, term, termWords);
        if (score === 0) {
          total = 0;
          break;
        }
        total += score;
      }
      if (total > 0) {
        // The whole name typed beats a longer name that contains the same words ("Deep Front Line" vs "Deep Front Arm Line").
        if (term === phrase) total += 50;
        else if (term.startsWith(phrase)) total += 10;
        total -= Math.max(0, termWords.length - words.length) * 0.5;
      }
      best = Math.max(best, total);
    });
    if (best > 0) hits.push({ kind: entry.kind, id: entry.id, score: best });
  }
  return hits
    .sort((a, b) => b.score - a.score || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
