// Search as a person types it: Dutch and English names, abbreviations, Latin, and typos.
import type { Content } from '../../src/content/load';
import { buildSearchIndex, search, type SearchEntry } from '../../src/search/search';
import { scaled, summarise, timeRuns, type Timed } from './stats';

export const QUERIES: readonly string[] = [
  // Dutch
  'knie',
  'onderrug',
  'kaak',
  'achillespees',
  'hoofd naar voren',
  'diepe voorlijn',
  'kuitspier',
  // English
  'knee',
  'lower back',
  'deep front line',
  'forward head',
  'hamstrings',
  'plantar fascia',
  // abbreviations and Latin
  'SBL',
  'DVL',
  'os sacrum',
  'calcaneus',
  // typos, accents and a single letter
  'achilespees',
  'hamstrngs',
  'schoudr',
  'diafragma',
  'rugstrékkers',
  'k',
];

export interface SearchMeasure {
  buildMs: Timed;
  entries: number;
  /** µs per query: each query's median over its repeats. */
  perQueryUs: { query: string; us: number; cpuUs: number; hits: number }[];
}

export function measureSearch(content: Content, repeats: number): SearchMeasure {
  let index: SearchEntry[] = [];
  const buildMs = timeRuns(20, () => {
    index = buildSearchIndex(content);
  });
  const perQueryUs = QUERIES.map((query) => {
    const hits = search(index, query).length;
    const timed = scaled(timeRuns(repeats, () => void search(index, query), 5), 1000);
    return { query, us: summarise(timed.samples).median, cpuUs: timed.cpuPerRun, hits };
  });
  return { buildMs, entries: index.length, perQueryUs };
}
