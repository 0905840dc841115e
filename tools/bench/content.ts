// Content loading (schemas, cross-checks, derived indexes) and, while the content is still incomplete, a
// file-by-file reading of what is there, so line building can be measured on the lines that already exist.
import { LINE_IDS } from '../../src/content/ids';
import { formatIssue, loadContent, type Content, type ContentFiles, type LoadResult } from '../../src/content/load';
import { landmarksFileSchema, lineSchema, structuresFileSchema, type Landmark, type Line, type Structure } from '../../src/content/schemas';
import { readContentFiles } from '../content-files';
import type { LineInputs } from './lines';
import { timeRuns, type Timed } from './stats';

export interface ContentMeasure {
  /** ms per readContentFiles + loadContent, as the content check and the build do it. */
  readAndLoadMs: Timed;
  /** ms per loadContent alone on files already in memory: validation and derived indexes. */
  loadMs: Timed;
  fileCount: number;
  result: LoadResult;
}

export function measureContent(root: string, runs: number): ContentMeasure {
  let files: ContentFiles = {};
  let result: LoadResult = { ok: false, issues: [] };
  const readAndLoadMs = timeRuns(runs, () => {
    files = readContentFiles(root);
    result = loadContent(files);
  });
  const loadMs = timeRuns(runs, () => void loadContent(files));
  return { readAndLoadMs, loadMs, fileCount: Object.keys(files).length, result };
}

export function describeIssues(result: LoadResult): string {
  if (result.ok) return '';
  const first = result.issues[0];
  return `${result.issues.length} content issue(s)${first ? `, first: ${formatIssue(first)}` : ''}`;
}

/** Line building needs only lines, landmarks and structures: taken from the loaded content, or read one by one. */
export function lineInputs(root: string, content: Content | undefined): LineInputs & { note?: string } {
  if (content) {
    return { lines: LINE_IDS.map((id) => content.lines[id]), landmarks: content.landmarks, structures: content.structures };
  }
  const files = readContentFiles(root);
  const landmarks = new Map<string, Landmark>();
  const structures = new Map<string, Structure>();
  for (const landmark of landmarksFileSchema.safeParse(files['data/landmarks.json']).data?.landmarks ?? []) landmarks.set(landmark.id, landmark);
  for (const structure of structuresFileSchema.safeParse(files['data/structures.json']).data?.structures ?? []) {
    structures.set(structure.id, structure);
  }
  const lines: Line[] = [];
  const unreadable: string[] = [];
  for (const id of LINE_IDS) {
    const raw = files[`data/lines/${id}.json`];
    if (raw === undefined) continue;
    const parsed = lineSchema.safeParse(raw);
    if (parsed.success) lines.push(parsed.data);
    else unreadable.push(id);
  }
  const absent = LINE_IDS.filter((id) => files[`data/lines/${id}.json`] === undefined);
  const notes = [
    absent.length > 0 ? `no file yet for ${absent.join(', ')}` : '',
    unreadable.length > 0 ? `invalid: ${unreadable.join(', ')}` : '',
  ].filter(Boolean);
  return { lines, landmarks, structures, note: notes.length > 0 ? notes.join('; ') : undefined };
}
