// Search as people type it: names in Dutch and English, Latin, typos, and the client's own words (symptoms,
// everyday words, abbreviations). CASES is the benchmark case list with the first hit each query must give;
// tests/unit/search-cases.test.ts holds the search to it, and the bench times it.
import type { Content } from '../../src/content/load';
import { buildSearchIndex, search, type SearchIndex, type SearchKind } from '../../src/search/search';
import { scaled, summarise, timeRuns, type Timed } from './stats';

export interface SearchCase {
  query: string;
  language: 'nl' | 'en';
  /** The first hit this query must give. */
  first: { kind: SearchKind; id: string };
}

const c = (language: 'nl' | 'en', query: string, kind: SearchKind, id: string): SearchCase => ({ query, language, first: { kind, id } });

export const CASES: readonly SearchCase[] = [
  // Where it hurts, in Dutch
  c('nl', 'nekpijn', 'region', 'neck'),
  c('nl', 'stijve nek', 'region', 'neck'),
  c('nl', 'lage rugpijn', 'region', 'lower_back'),
  c('nl', 'rugpijn', 'region', 'lower_back'),
  c('nl', 'pijn in mijn onderrug', 'region', 'lower_back'),
  c('nl', 'ischias', 'region', 'lower_back'),
  c('nl', 'hoofdpijn', 'region', 'head'),
  c('nl', 'schouderpijn', 'region', 'shoulder'),
  c('nl', 'kniepijn', 'region', 'knee'),
  c('nl', 'heuppijn', 'region', 'hip'),
  c('nl', 'liespijn', 'region', 'hip'),
  c('nl', 'verzwikte enkel', 'region', 'ankle'),
  c('nl', 'kaakpijn', 'region', 'jaw'),
  c('nl', 'pijn tussen de schouderbladen', 'region', 'upper_back'),
  c('nl', 'pols', 'region', 'hand'),
  c('nl', 'elleboog', 'region', 'arm'),
  c('nl', 'pijn onder mijn voet', 'region', 'foot'),
  c('nl', 'grote teen', 'region', 'foot'),
  c('nl', 'nekhernia', 'region', 'neck'),
  c('nl', 'pijn in mijn rechter knie', 'region', 'knee'),
  // Patterns, in Dutch
  c('nl', 'hielspoor', 'pattern', 'heel_pain_plantar'),
  c('nl', 'kaakklemmen', 'pattern', 'jaw_clenching_dfl'),
  c('nl', 'tandenknarsen', 'pattern', 'jaw_clenching_dfl'),
  c('nl', 'holle rug', 'pattern', 'anterior_pelvic_tilt'),
  c('nl', 'platvoeten', 'pattern', 'pronated_flat_foot'),
  c('nl', 'x-benen', 'pattern', 'knee_valgus'),
  c('nl', 'scoliose', 'pattern', 'scoliotic_pattern'),
  c('nl', 'telefoonnek', 'pattern', 'forward_head'),
  c('nl', 'tennisarm', 'pattern', 'tennis_elbow_forearm_tension'),
  c('nl', 'lopersknie', 'pattern', 'tight_tfl_it_band'),
  c('nl', 'scheef bekken', 'pattern', 'lateral_pelvic_shift'),
  c('nl', 'restspanning', 'pattern', 'lower_back_residual_tension'),
  // Structures and landmarks, in Dutch
  c('nl', 'kuitkramp', 'structure', 'gastrocnemius'),
  c('nl', 'bilspier', 'structure', 'gluteus_maximus'),
  c('nl', 'heupbuiger', 'structure', 'psoas'),
  c('nl', 'achillespees', 'structure', 'achilles_tendon'),
  c('nl', 'stuitje', 'landmark', 'coccyx'),
  c('nl', 'diafragma', 'structure', 'diaphragm'),
  c('nl', 'diepe voorlijn', 'line', 'dfl'),
  // Where it hurts, in English
  c('en', 'neck pain', 'region', 'neck'),
  c('en', 'lower back pain', 'region', 'lower_back'),
  c('en', 'pain in my lower back', 'region', 'lower_back'),
  c('en', 'sciatica', 'region', 'lower_back'),
  c('en', 'my knee hurts', 'region', 'knee'),
  c('en', 'headache', 'region', 'head'),
  c('en', 'TMJ', 'region', 'jaw'),
  c('en', 'sprained ankle', 'region', 'ankle'),
  c('en', 'shin splints', 'region', 'lower_leg'),
  c('en', 'groin', 'region', 'hip'),
  c('en', 'SI joint', 'region', 'pelvis'),
  c('en', 'big toe', 'region', 'foot'),
  c('en', 'left side of my neck', 'region', 'neck'),
  // Patterns, in English
  c('en', 'heel spur', 'pattern', 'heel_pain_plantar'),
  c('en', 'plantar fasciitis', 'pattern', 'heel_pain_plantar'),
  c('en', 'heel pain', 'pattern', 'heel_pain_plantar'),
  c('en', 'teeth grinding', 'pattern', 'jaw_clenching_dfl'),
  c('en', 'flat feet', 'pattern', 'pronated_flat_foot'),
  c('en', 'knock knees', 'pattern', 'knee_valgus'),
  c('en', 'tech neck', 'pattern', 'forward_head'),
  c('en', 'tension headache', 'pattern', 'scalp_forehead_tension'),
  c('en', 'tennis elbow', 'pattern', 'tennis_elbow_forearm_tension'),
  c('en', "runner's knee", 'pattern', 'tight_tfl_it_band'),
  c('en', 'slouching', 'pattern', 'short_front_collapsed_chest'),
  c('en', 'tight hamstrings', 'pattern', 'one_sided_hamstring_tension'),
  // Abbreviations and muscles, in English
  c('en', 'IT band', 'structure', 'iliotibial_tract'),
  c('en', 'ITB', 'structure', 'iliotibial_tract'),
  c('en', 'TFL', 'structure', 'tensor_fasciae_latae'),
  c('en', 'SCM', 'structure', 'sternocleidomastoid'),
  c('en', 'glutes', 'structure', 'gluteus_maximus'),
  c('en', 'calf cramp', 'structure', 'gastrocnemius'),
  c('en', 'hip flexor', 'structure', 'psoas'),
  c('en', 'biceps', 'structure', 'biceps_brachii'),
  c('en', 'quads', 'structure', 'rectus_femoris'),
  c('en', 'collarbone', 'landmark', 'clavicle_medial'),
  c('en', 'SBL', 'line', 'sbl'),
  c('en', 'deep front line', 'line', 'dfl'),
  // Typos and accents
  c('nl', 'achilespees', 'structure', 'achilles_tendon'),
  c('en', 'hamstrngs', 'structure', 'hamstrings'),
  c('nl', 'schoudr', 'region', 'shoulder'),
  c('nl', 'rugstrékkers', 'structure', 'erector_spinae'),
  c('en', 'sciatika', 'region', 'lower_back'),
  // A client's own sentence: everyday verbs and adverbs around the place ("blijft", "steeds", "keeps", "always")
  c('nl', 'onderrug blijft trekken', 'region', 'lower_back'),
  c('nl', 'onderrug trekt steeds', 'region', 'lower_back'),
  c('nl', 'mijn onderrug zeurt altijd', 'region', 'lower_back'),
  c('nl', 'onderrug knelt verschrikkelijk', 'region', 'lower_back'),
  c('nl', 'mijn kaak doet soms zeer', 'region', 'jaw'),
  c('nl', 'nek blijft maar trekken', 'region', 'neck'),
  c('en', 'my lower back keeps pulling', 'region', 'lower_back'),
  c('en', 'lower back always aches', 'region', 'lower_back'),
  c('en', 'my neck keeps aching', 'region', 'neck'),
  c('en', 'my jaw sometimes hurts', 'region', 'jaw'),
  // Home exercises, by name and in everyday words
  c('nl', 'oefening thuis', 'exercise', 'grounding'),
  c('nl', 'thuisoefening', 'exercise', 'grounding'),
  c('nl', 'aarden', 'exercise', 'grounding'),
  c('nl', 'grondingsoefening', 'exercise', 'grounding'),
  c('nl', 'oefening voor de nek', 'exercise', 'chin_nod'),
  c('nl', 'ademoefening', 'exercise', 'side_line_breathing'),
  c('en', 'grounding', 'exercise', 'grounding'),
  c('en', 'home exercise', 'exercise', 'grounding'),
  c('en', 'calf stretch', 'exercise', 'calf_wall_lean'),
  c('en', 'small chin nod', 'exercise', 'chin_nod'),
  // Booking: the practice, never a body part
  c('nl', 'afspraak maken', 'practice', 'practice'),
  c('nl', 'intake', 'practice', 'practice'),
  c('nl', 'boeken', 'practice', 'practice'),
  c('nl', 'ik wil graag een afspraak maken', 'practice', 'practice'),
  c('en', 'book an appointment', 'practice', 'practice'),
  c('en', 'make an appointment', 'practice', 'practice'),
  c('en', 'booking', 'practice', 'practice'),
];

/** Queries that are timed: the case list plus names, Latin and a single letter (the widest prefix). */
export const QUERIES: readonly string[] = [...CASES.map((entry) => entry.query), 'os sacrum', 'calcaneus', 'hoofd naar voren', 'k'];

export interface SearchMeasure {
  buildMs: Timed;
  entries: number;
  /** µs per query: each query's median over its repeats. */
  perQueryUs: { query: string; us: number; cpuUs: number; hits: number }[];
  /** Cases whose first hit is not the expected one. */
  misses: { query: string; expected: string; got: string }[];
}

export function measureSearch(content: Content, repeats: number): SearchMeasure {
  let index: SearchIndex = { entries: [], fillerWords: new Set(), sideWords: new Map(), vocabulary: [] };
  const buildMs = timeRuns(20, () => {
    index = buildSearchIndex(content);
  });
  const perQueryUs = QUERIES.map((query) => {
    const hits = search(index, query).length;
    const timed = scaled(timeRuns(repeats, () => void search(index, query), 5), 1000);
    return { query, us: summarise(timed.samples).median, cpuUs: timed.cpuPerRun, hits };
  });
  const misses = CASES.flatMap((entry) => {
    const first = search(index, entry.query)[0];
    const expected = `${entry.first.kind}:${entry.first.id}`;
    const got = first ? `${first.kind}:${first.id}` : 'nothing';
    return got === expected ? [] : [{ query: entry.query, expected, got }];
  });
  return { buildMs, entries: index.entries.length, perQueryUs, misses };
}
