// One loader for all content: validates every file against its schema, checks every cross-reference,
// and builds the derived indexes. Used at build time (tools/content-check.ts, the vite plugin) and at run time.
import type { z } from 'zod';
import { LANGUAGES, LINE_IDS, REGION_BASE_IDS, type Language, type LineId, type RegionBaseId } from './ids';
import {
  exerciseSchema,
  landmarksFileSchema,
  lineSchema,
  patternSchema,
  practiceSchema,
  regionSchema,
  sceneSchema,
  sourcesFileSchema,
  structuresFileSchema,
  uiStringsSchema,
  type Exercise,
  type Landmark,
  type Line,
  type PathStep,
  type Pattern,
  type Practice,
  type Region,
  type Scene,
  type Source,
  type Structure,
  type UiStrings,
} from './schemas';
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
  index: ContentIndexes;
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
    if (step.kind === 'station' && !landmarks.has(step.id)) {
      collector.unknownId(file, `${at}.id`, step.id, 'landmark', landmarks.keys());
    }
    if (step.kind === 'track') {
      if (!structures.has(step.id)) collector.unknownId(file, `${at}.id`, step.id, 'structure', structures.keys());
      if (steps[index - 1]?.kind === 'track') {
        collector.add(file, at, `two tracks in a row ("${steps[index - 1]?.id}", "${step.id}"): put the station they share between them`);
      }
      step.evidence?.sources.forEach((source, sourceIndex) => {
        if (!sources.has(source)) collector.unknownId(file, `${at}.evidence.sources[${sourceIndex}]`, source, 'source', sources.keys());
      });
    }
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
    const mainStations = new Set(line.path.filter((step) => step.kind === 'station').map((step) => step.id));
    line.branches.forEach((branch, index) => {
      checkPath(collector, file, `branches[${index}].path`, branch.path, landmarks, structures, sources);
      const first = branch.path[0];
      if (first?.kind !== 'station' || !mainStations.has(first.id)) {
        collector.add(file, `branches[${index}].path[0]`, 'a branch starts at a station of the main path');
      }
    });
    for (const [key, rating] of [['continuity', line.evidence.continuity], ['forceTransmission', line.evidence.forceTransmission]] as const) {
      rating.sources.forEach((source, index) => {
        if (!sources.has(source)) collector.unknownId(file, `evidence.${key}.sources[${index}]`, source, 'source', sources.keys());
      });
    }
  }

  for (const pattern of patterns.values()) {
    pattern.exercises.forEach((exercise, index) => {
      if (!exercises.has(exercise)) {
        collector.unknownId(`data/patterns/${pattern.id}.json`, `exercises[${index}]`, exercise, 'exercise', exercises.keys());
      }
    });
  }

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
      index: buildIndexes({ lines: lineTable, landmarks, structures, patterns }),
    },
  };
}
