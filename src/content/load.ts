// One loader for all content: validates every file against its schema, checks every cross-reference,
// and builds the derived indexes. Used at build time (tools/content-check.ts, the vite plugin) and at run time.
import type { z } from 'zod';
import { LANGUAGES, LINE_IDS, REGION_BASE_IDS, type Language, type LineId, type RegionBaseId } from './ids';
import {
  exerciseSchema,
  glossaryFileSchema,
  landmarksFileSchema,
  lineSchema,
  patternSchema,
  practiceSchema,
  regionSchema,
  sceneSchema,
  sourcesFileSchema,
  structuresFileSchema,
  uiStringsSchema,
  warningSignsFileSchema,
  type EvidenceRating,
  type Exercise,
  type GlossaryTerm,
  type Landmark,
  type Line,
  type Passage,
  type PathStep,
  type Pattern,
  type Practice,
  type Region,
  type Scene,
  type Source,
  type Structure,
  type UiStrings,
  type WarningSign,
} from './schemas';
import { synonymsFileSchema, type Synonyms } from './schemas';
import { closestId } from './suggest';
import { buildIndexes, type ContentIndexes } from './indexes';

/** Raw files by their path from the repository root, e.g. `data/lines/sbl.json`. */
export type ContentFiles = Readonly<Record<string, unknown>>;

export interface ContentIssue {
  file: string;
  /** JSON path inside the file, e.g. `path[4].id`; empty for the whole file. */
  path: string;
  message: string;
}

export interface Content {
  sources: ReadonlyMap<string, Source>;
  landmarks: ReadonlyMap<string, Landmark>;
  structures: ReadonlyMap<string, Structure>;
  lines: Readonly<Record<LineId, Line>>;
  regions: Readonly<Record<RegionBaseId, Region>>;
  patterns: ReadonlyMap<string, Pattern>;
  exercises: ReadonlyMap<string, Exercise>;
  scenes: ReadonlyMap<string, Scene>;
  practice: Practice;
  ui: Readonly<Record<Language, UiStrings>>;
  /** Warning signs, each with the one urgency it carries wherever it is named. */
  warningSigns: ReadonlyMap<string, WarningSign>;
  /** The chosen Dutch term per structure or landmark, with the variants not to use. */
  glossary: ReadonlyMap<string, GlossaryTerm>;
  index: ContentIndexes;
  /** Search words (data/synonyms.json). */
  synonyms: Synonyms;
}

/** Stands in for a file whose text is not JSON, so the loader can report it with the others. */
export class UnparsableJson {
  constructor(readonly message: string) {}
}

export type LoadResult = { ok: true; content: Content } | { ok: false; issues: ContentIssue[] };

export { formatIssue } from './formatIssue';

function jsonPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

class IssueCollector {
  readonly issues: ContentIssue[] = [];

  add(file: string, path: string, message: string): void {
    this.issues.push({ file, path, message });
  }

  parse<T>(file: string, schema: z.ZodType<T>, value: unknown): T | undefined {
    if (value instanceof UnparsableJson) {
      this.add(file, '', `is not valid JSON: ${value.message}`);
      return undefined;
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.add(file, jsonPath(issue.path), describeZodIssue(issue));
    return undefined;
  }

  unknownId(file: string, path: string, id: string, kind: string, known: Iterable<string>): void {
    const suggestion = closestId(id, known);
    this.add(file, path, `"${id}" is not a known ${kind}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`);
  }
}

function filesUnder(files: ContentFiles, folder: string): [string, unknown][] {
  return Object.entries(files)
    .filter(([path]) => path.startsWith(folder) && path.endsWith('.json'))
    .sort(([a], [b]) => a.localeCompare(b));
}

function fileStem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

/** Parses a folder of one-item-per-file content, checking that each file is named after its id. */
function parseFolder<T extends { id: string }>(
  collector: IssueCollector,
  files: ContentFiles,
  folder: string,
  schema: z.ZodType<T>,
): Map<string, T> {
  const items = new Map<string, T>();
  for (const [file, raw] of filesUnder(files, folder)) {
    const item = collector.parse(file, schema, raw);
    if (!item) continue;
    if (item.id !== fileStem(file)) collector.add(file, 'id', `"${item.id}" must match the file name "${fileStem(file)}"`);
    items.set(item.id, item);
  }
  return items;
}

function parseList<T extends { id: string }>(
  collector: IssueCollector,
  file: string,
  raw: unknown,
  schema: z.ZodType<Record<string, T[]>>,
  key: string,
): Map<string, T> {
  const items = new Map<string, T>();
  if (raw === undefined) {
    collector.add(file, '', 'file is missing');
    return items;
  }
  const parsed = collector.parse(file, schema, raw);
  (parsed?.[key] ?? []).forEach((item, index) => {
    if (items.has(item.id)) collector.add(file, `${key}[${index}].id`, `"${item.id}" is listed twice`);
    items.set(item.id, item);
  });
  return items;
}

function checkPath(
  collector: IssueCollector,
  file: string,
  pathName: string,
  steps: readonly PathStep[],
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
  sources: ReadonlyMap<string, Source>,
): void {
  steps.forEach((step, index) => {
    const at = `${pathName}[${index}]`;
    if (step.kind === 'station') {
      const landmark = landmarks.get(step.id);
      if (!landmark) collector.unknownId(file, `${at}.id`, step.id, 'landmark', landmarks.keys());
      else if (landmark.role !== 'attachment') {
        collector.add(file, `${at}.id`, `"${step.id}" is a reference point, not an attachment: it cannot be a station (draw by it in data/body/tracks.json)`);
      }
    }
    if (step.kind === 'track') {
      if (!structures.has(step.id)) collector.unknownId(file, `${at}.id`, step.id, 'structure', structures.keys());
      step.with.forEach((partner, partnerIndex) => {
        if (!structures.has(partner)) collector.unknownId(file, `${at}.with[${partnerIndex}]`, partner, 'structure', structures.keys());
      });
      if (step.evidence) checkRating(collector, file, `${at}.evidence`, step.evidence, sources);
      if (steps[index - 1]?.kind === 'track') {
        collector.add(file, at, `two tracks in a row ("${steps[index - 1]?.id}", "${step.id}"): put the station they share between them`);
      }
    }
  });
}

function checkRating(
  collector: IssueCollector,
  file: string,
  at: string,
  rating: EvidenceRating,
  sources: ReadonlyMap<string, Source>,
): void {
  rating.sources.forEach((source, index) => {
    if (!sources.has(source)) collector.unknownId(file, `${at}.sources[${index}]`, source, 'source', sources.keys());
  });
  if ((rating.level === 'partial') !== (rating.transitions !== undefined)) {
    collector.add(file, `${at}.transitions`, 'a "partial" rating says how many transitions were confirmed (and only a partial one does)');
  }
  if (rating.transitions && rating.transitions.confirmed > rating.transitions.of) {
    collector.add(file, `${at}.transitions`, 'cannot confirm more transitions than were studied');
  }
}

// --- tours: scene checks ----------------------------------------------------------------------------------

/** Every id a step names must exist, and a step asks only for what it can show (the message says which step). */
function checkScene(
  collector: IssueCollector,
  file: string,
  scene: Scene,
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
  exercises: ReadonlyMap<string, Exercise>,
): void {
  scene.steps.forEach((step, index) => {
    const at = `steps[${index}]`;
    const numbered = (message: string) => `${message} (step ${index + 1})`;
    const unknown = (path: string, value: string, kind: string, known: Iterable<string>) => {
      const suggestion = closestId(value, known);
      collector.add(file, path, numbered(`"${value}" is not a known ${kind}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`));
    };
    if (step.track !== undefined && !structures.has(step.track)) unknown(`${at}.track`, step.track, 'structure', structures.keys());
    if (step.station !== undefined && !landmarks.has(step.station)) unknown(`${at}.station`, step.station, 'landmark', landmarks.keys());
    if (step.exercise !== undefined && !exercises.has(step.exercise)) unknown(`${at}.exercise`, step.exercise, 'exercise', exercises.keys());
    if (step.track !== undefined && step.station !== undefined) {
      collector.add(file, at, numbered('names one "track" or one "station", not both'));
    }
    if ('frame' in step.camera && step.camera.frame === 'focus' && step.track === undefined && step.station === undefined) {
      collector.add(file, `${at}.camera.frame`, numbered('"focus" frames the step\'s "track" or "station": name one'));
    }
    if ('frame' in step.camera && step.camera.frame === 'lines' && step.lines.length === 0) {
      collector.add(file, `${at}.camera.frame`, numbered('"lines" frames the lit lines: light at least one'));
    }
    const seen = new Set<string>();
    step.lines.forEach((line, lineIndex) => {
      if (seen.has(line.id)) collector.add(file, `${at}.lines[${lineIndex}].id`, numbered(`"${line.id}" is lit twice`));
      seen.add(line.id);
    });
    const pointer = step.pointer;
    if (pointer) {
      if ((pointer.region === undefined) === (pointer.landmark === undefined)) {
        collector.add(file, `${at}.pointer`, numbered('points at one "region" or one "landmark"'));
      }
      if (pointer.landmark !== undefined) {
        const landmark = landmarks.get(pointer.landmark);
        if (!landmark) unknown(`${at}.pointer.landmark`, pointer.landmark, 'landmark', landmarks.keys());
        else if (pointer.side && !landmark.sided) collector.add(file, `${at}.pointer.side`, numbered(`"${pointer.landmark}" lies on the midline: leave "side" out`));
      } else if (pointer.side) collector.add(file, `${at}.pointer.side`, numbered('a region pointer takes its side from the region id'));
    }
  });
}
// --- end tours: scene checks ------------------------------------------------------------------------------

/** Calls `visit` for every passage (an object with a `claim`) anywhere inside a parsed file. */
export function forEachPassage(value: unknown, at: string, visit: (passage: Passage, at: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, index) => forEachPassage(item, `${at}[${index}]`, visit));
  else if (value && typeof value === 'object') {
    if ('claim' in value && 'nl' in value) visit(value as Passage, at);
    else for (const [key, child] of Object.entries(value)) forEachPassage(child, at ? `${at}.${key}` : key, visit);
  }
}

/** A warning names its signs and their urgency, which must be the urgency each sign has everywhere; others name neither. */
function checkWarnings(collector: IssueCollector, file: string, parsed: unknown, signs: ReadonlyMap<string, WarningSign>): void {
  forEachPassage(parsed, '', (passage, at) => {
    if (passage.claim !== 'warning') {
      if (passage.signs || passage.urgency) collector.add(file, at, 'only a "warning" passage names signs and an urgency');
      return;
    }
    if (!passage.signs || !passage.urgency) {
      collector.add(file, at, 'a warning names its "signs" and their "urgency"');
      return;
    }
    passage.signs.forEach((id, index) => {
      const sign = signs.get(id);
      if (!sign) collector.unknownId(file, `${at}.signs[${index}]`, id, 'warning sign', signs.keys());
      else if (sign.urgency !== passage.urgency) {
        collector.add(file, `${at}.urgency`, `"${passage.urgency}" disagrees with "${id}", which is "${sign.urgency}" everywhere (data/warning-signs.json)`);
      }
    });
  });
}

function checkUiStrings(collector: IssueCollector, ui: Record<Language, UiStrings>): void {
  const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(',');
  const [reference, ...others] = LANGUAGES;
  for (const language of others) {
    for (const key of Object.keys(ui[reference])) {
      const theirs = ui[language][key];
      if (theirs === undefined) collector.add(`data/ui/${language}.json`, key, `is missing (it exists in ${reference}.json)`);
      else if (placeholders(theirs) !== placeholders(ui[reference][key] ?? '')) {
        collector.add(`data/ui/${language}.json`, key, `must use the same {placeholders} as ${reference}.json`);
      }
    }
    for (const key of Object.keys(ui[language])) {
      if (ui[reference][key] === undefined) collector.add(`data/ui/${language}.json`, key, `is not in ${reference}.json`);
    }
  }
}

export function loadContent(files: ContentFiles): LoadResult {
  const collector = new IssueCollector();

  const sources = parseList(collector, 'data/sources.json', files['data/sources.json'], sourcesFileSchema, 'sources');
  const landmarks = parseList(collector, 'data/landmarks.json', files['data/landmarks.json'], landmarksFileSchema, 'landmarks');
  const structures = parseList(collector, 'data/structures.json', files['data/structures.json'], structuresFileSchema, 'structures');
  const warningSigns = parseList(collector, 'data/warning-signs.json', files['data/warning-signs.json'], warningSignsFileSchema, 'signs');
  const glossary = parseList(collector, 'data/glossary.json', files['data/glossary.json'], glossaryFileSchema, 'terms');
  const lines = parseFolder(collector, files, 'data/lines/', lineSchema);
  const regions = parseFolder(collector, files, 'data/regions/', regionSchema);
  const patterns = parseFolder(collector, files, 'data/patterns/', patternSchema);
  const exercises = parseFolder(collector, files, 'data/exercises/', exerciseSchema);
  const scenes = parseFolder(collector, files, 'scenes/', sceneSchema);

  const practiceRaw = files['data/practice.json'];
  const practice = practiceRaw === undefined
    ? (collector.add('data/practice.json', '', 'file is missing'), undefined)
    : collector.parse('data/practice.json', practiceSchema, practiceRaw);

  const ui = {} as Record<Language, UiStrings>;
  for (const language of LANGUAGES) {
    const file = `data/ui/${language}.json`;
    const raw = files[file];
    if (raw === undefined) collector.add(file, '', 'file is missing');
    ui[language] = (raw === undefined ? undefined : collector.parse(file, uiStringsSchema, raw)) ?? {};
  }
  checkUiStrings(collector, ui);

  for (const lineId of LINE_IDS) {
    if (!lines.has(lineId)) collector.add(`data/lines/${lineId}.json`, '', `file is missing (every line needs one)`);
  }
  for (const regionId of REGION_BASE_IDS) {
    if (!regions.has(regionId)) collector.add(`data/regions/${regionId}.json`, '', 'file is missing (every region needs one)');
  }

  for (const line of lines.values()) {
    const file = `data/lines/${line.id}.json`;
    checkPath(collector, file, 'path', line.path, landmarks, structures, sources);
    if (line.path[0]?.kind !== 'station') collector.add(file, 'path[0]', 'a path starts at a station');
    if (line.path.at(-1)?.kind !== 'station') collector.add(file, `path[${line.path.length - 1}]`, 'a path ends at a station');
    const joined = new Set(line.path.filter((step) => step.kind === 'station').map((step) => step.id));
    line.branches.forEach((branch, index) => {
      checkPath(collector, file, `branches[${index}].path`, branch.path, landmarks, structures, sources);
      const first = branch.path[0];
      const last = branch.path.at(-1);
      if (first?.kind !== 'station' || last?.kind !== 'station') {
        collector.add(file, `branches[${index}].path`, 'a branch starts and ends at a station');
      } else if (!joined.has(first.id) && !joined.has(last.id)) {
        collector.add(file, `branches[${index}].path`, 'a branch starts or ends at a station of the main path or of an earlier branch');
      }
      for (const step of branch.path) if (step.kind === 'station') joined.add(step.id);
    });
    checkRating(collector, file, 'evidence.continuity', line.evidence.continuity, sources);
    checkRating(collector, file, 'evidence.forceTransmission', line.evidence.forceTransmission, sources);
  }

  for (const [file, raw] of Object.entries(files)) {
    if (/^(data|scenes)\//.test(file) && !file.startsWith('data/body/')) checkWarnings(collector, file, raw, warningSigns);
  }

  for (const pattern of patterns.values()) {
    pattern.exercises.forEach((exercise, index) => {
      if (!exercises.has(exercise)) {
        collector.unknownId(`data/patterns/${pattern.id}.json`, `exercises[${index}]`, exercise, 'exercise', exercises.keys());
      }
    });
  }

  for (const scene of scenes.values()) checkScene(collector, `scenes/${scene.id}.json`, scene, landmarks, structures, exercises);

  const synonyms = loadSynonyms(collector, files['data/synonyms.json'], {
    line: lines.keys(),
    region: regions.keys(),
    pattern: patterns.keys(),
    structure: structures.keys(),
    landmark: landmarks.keys(),
    exercise: exercises.keys(),
    practice: ['practice'],
  });

  if (collector.issues.length > 0 || !practice) return { ok: false, issues: collector.issues };

  const lineTable = Object.fromEntries(lines) as Record<LineId, Line>;
  const regionTable = Object.fromEntries(regions) as Record<RegionBaseId, Region>;
  return {
    ok: true,
    content: {
      sources,
      landmarks,
      structures,
      lines: lineTable,
      regions: regionTable,
      patterns,
      exercises,
      scenes,
      practice,
      ui,
      warningSigns,
      glossary,
      index: buildIndexes({ lines: lineTable, landmarks, structures, patterns }),
      synonyms,
    },
  };
}

// --- search: synonyms -----------------------------------------------------------------------------------

/**
 * data/synonyms.json: every entry must name something that exists, with a did-you-mean like other kinds.
 * A broken file is reported and stands in as empty, so the rest of the content still gets checked.
 */
function loadSynonyms(
  collector: IssueCollector,
  raw: unknown,
  known: Readonly<Record<Synonyms['synonyms'][number]['kind'], Iterable<string>>>,
): Synonyms {
  const file = 'data/synonyms.json';
  const empty: Synonyms = { fillerWords: { nl: [], en: [] }, sideWords: { l: { nl: [], en: [] }, r: { nl: [], en: [] } }, synonyms: [] };
  if (raw === undefined) {
    collector.add(file, '', 'file is missing');
    return empty;
  }
  const parsed = collector.parse(file, synonymsFileSchema, raw);
  if (!parsed) return empty;
  const ids = Object.fromEntries(Object.entries(known).map(([kind, list]) => [kind, new Set(list)])) as Record<keyof typeof known, Set<string>>;
  const seen = new Set<string>();
  parsed.synonyms.forEach((entry, index) => {
    if (!ids[entry.kind].has(entry.id)) collector.unknownId(file, `synonyms[${index}].id`, entry.id, entry.kind, ids[entry.kind]);
    const key = `${entry.kind}:${entry.id}`;
    if (seen.has(key)) collector.add(file, `synonyms[${index}]`, `${entry.kind} "${entry.id}" is listed twice: put its words in one entry`);
    seen.add(key);
    if (entry.nl.length + entry.en.length === 0) collector.add(file, `synonyms[${index}]`, 'needs at least one word in nl or en');
  });
  return parsed;
}
// --- end search: synonyms -------------------------------------------------------------------------------
