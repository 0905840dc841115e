// Derived indexes: computed once from the content, never typed twice in data.
import { LINE_IDS, REGION_BASE_IDS, type LineId, type RegionBaseId } from './ids';
import type { Landmark, Line, PathStep, Pattern, Structure } from './schemas';

export interface ContentIndexes {
  /** Lines whose path (or a branch of it) passes through a region, in canonical line order. */
  linesThroughRegion: Readonly<Record<RegionBaseId, readonly LineId[]>>;
  /** Regions a line passes through, from foot to head. */
  regionsOfLine: Readonly<Record<LineId, readonly RegionBaseId[]>>;
  linesOfStructure: ReadonlyMap<string, readonly LineId[]>;
  linesOfLandmark: ReadonlyMap<string, readonly LineId[]>;
  patternsOfLine: Readonly<Record<LineId, readonly string[]>>;
  patternsOfRegion: Readonly<Record<RegionBaseId, readonly string[]>>;
}

/** Every step of a line: the main path, then each branch. */
export function allSteps(line: Line): PathStep[] {
  return [...line.path, ...line.branches.flatMap((branch) => branch.path)];
}

/** The structures a track step stands for: its own and those Myers groups with it (`with`). */
export function structuresOfStep(step: PathStep): readonly string[] {
  return step.kind === 'track' ? [step.id, ...step.with] : [];
}

export function regionsOfStep(
  step: PathStep,
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
): readonly RegionBaseId[] {
  if (step.kind === 'station') {
    const landmark = landmarks.get(step.id);
    return landmark ? [landmark.region] : [];
  }
  return [...new Set(structuresOfStep(step).flatMap((id) => structures.get(id)?.regions ?? []))];
}

function emptyTable<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make()])) as Record<K, V>;
}

function addTo<K>(map: Map<K, LineId[]>, key: K, lineId: LineId): void {
  const list = map.get(key) ?? [];
  if (!list.includes(lineId)) list.push(lineId);
  map.set(key, list);
}

export function buildIndexes(content: {
  lines: Readonly<Record<LineId, Line>>;
  landmarks: ReadonlyMap<string, Landmark>;
  structures: ReadonlyMap<string, Structure>;
  patterns: ReadonlyMap<string, Pattern>;
}): ContentIndexes {
  const linesThroughRegion = emptyTable<RegionBaseId, LineId[]>(REGION_BASE_IDS, () => []);
  const regionsOfLine = emptyTable<LineId, RegionBaseId[]>(LINE_IDS, () => []);
  const linesOfStructure = new Map<string, LineId[]>();
  const linesOfLandmark = new Map<string, LineId[]>();

  for (const lineId of LINE_IDS) {
    const line = content.lines[lineId];
    for (const step of allSteps(line)) {
      if (step.kind === 'station') addTo(linesOfLandmark, step.id, lineId);
      for (const structure of structuresOfStep(step)) addTo(linesOfStructure, structure, lineId);
      for (const region of regionsOfStep(step, content.landmarks, content.structures)) {
        if (!linesThroughRegion[region].includes(lineId)) linesThroughRegion[region].push(lineId);
        if (!regionsOfLine[lineId].includes(region)) regionsOfLine[lineId].push(region);
      }
    }
  }

  const patternsOfLine = emptyTable<LineId, string[]>(LINE_IDS, () => []);
  const patternsOfRegion = emptyTable<RegionBaseId, string[]>(REGION_BASE_IDS, () => []);
  for (const pattern of content.patterns.values()) {
    for (const lineId of pattern.lines) patternsOfLine[lineId].push(pattern.id);
    for (const region of pattern.regions) patternsOfRegion[region].push(pattern.id);
  }

  return { linesThroughRegion, regionsOfLine, linesOfStructure, linesOfLandmark, patternsOfLine, patternsOfRegion };
}
