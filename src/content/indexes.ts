// Derived indexes: computed once from the content, never typed twice in data.
import { LINE_IDS, REGION_BASE_IDS, type LineGroup, type LineId, type RegionBaseId } from './ids';
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

/**
 * How far along a line each body part lies, to order the parts one track spans (a track lists its regions in no
 * particular order): height for the lines of the legs and trunk, distance from the hand for the arm lines.
 */
export const HEIGHT_ORDER: readonly RegionBaseId[] = [
  'foot', 'ankle', 'lower_leg', 'knee', 'thigh', 'hip', 'pelvis', 'lower_back', 'abdomen', 'chest', 'upper_back',
  'shoulder', 'arm', 'hand', 'neck', 'jaw', 'head',
];
export const ARM_ORDER: readonly RegionBaseId[] = [
  'hand', 'arm', 'shoulder', 'chest', 'upper_back', 'lower_back', 'abdomen', 'pelvis', 'neck', 'jaw', 'head',
  'hip', 'thigh', 'knee', 'lower_leg', 'ankle', 'foot',
];

export const orderOf = (group: LineGroup): readonly RegionBaseId[] => (group === 'arm' ? ARM_ORDER : HEIGHT_ORDER);

/**
 * The parts a track crosses on a line, in the line's direction: of all the parts its structure covers, those between
 * the stations where the line enters and leaves it. A line may follow only part of a muscle: the Ipsilateral
 * Functional Line runs along the outer edge of the latissimus from the lower ribs to the arm, not over its lumbar part.
 * Without a station on one side (a strand that begins or ends in a track) every part counts.
 */
export function partsCrossed(
  parts: readonly RegionBaseId[],
  enters: RegionBaseId | undefined,
  leaves: RegionBaseId | undefined,
  order: readonly RegionBaseId[],
): RegionBaseId[] {
  const rank = (region: RegionBaseId) => order.indexOf(region);
  const ascending = [...parts].sort((a, b) => rank(a) - rank(b));
  if (enters === undefined || leaves === undefined) return ascending;
  const low = Math.min(rank(enters), rank(leaves));
  const high = Math.max(rank(enters), rank(leaves));
  const between = ascending.filter((region) => rank(region) >= low && rank(region) <= high);
  return rank(enters) <= rank(leaves) ? between : between.reverse();
}

/** The parts of each step of a strand, in order: a station's own, a track's as it is crossed between its stations. */
export function partsOfSteps(
  steps: readonly PathStep[],
  group: LineGroup,
  landmarks: ReadonlyMap<string, Landmark>,
  structures: ReadonlyMap<string, Structure>,
): RegionBaseId[][] {
  const order = orderOf(group);
  const stationPart = (step: PathStep | undefined) =>
    step?.kind === 'station' ? regionsOfStep(step, landmarks, structures)[0] : undefined;
  return steps.map((step, index) => {
    const parts = regionsOfStep(step, landmarks, structures);
    if (step.kind === 'station') return [...parts];
    return partsCrossed(parts, stationPart(steps[index - 1]), stationPart(steps[index + 1]), order);
  });
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
    }
    // The parts each strand really crosses, as the route words say them: a track counts only between the stations
    // where the line enters and leaves it (the IFL takes the latissimus' outer edge, not its lumbar part).
    for (const strand of [line.path, ...line.branches.map((branch) => branch.path)]) {
      for (const region of partsOfSteps(strand, line.group, content.landmarks, content.structures).flat()) {
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
