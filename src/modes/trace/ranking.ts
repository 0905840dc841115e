// Which lines may tie the pinned spots together, best first: a line that connects several pins before one that
// reaches a single pin (weighted by how much each bothers the client), then the better studied line first.
import { EVIDENCE_LEVELS, LINE_IDS, SIDES, regionSide, type EvidenceLevel, type LineId, type RegionId, type Side } from '../../content/ids';
import type { LineSide } from '../../explorer/shownLine';
import type { Pin } from './pins';
import type { RouteContent } from './route';
import { reaches, travelFrom, type Travel } from './travel';

export interface RankedLine {
  line: LineId;
  /** The pins this line connects on one side of the body (the most it connects at once). */
  connected: RegionId[];
  /** Every pin the line reaches, on either side. */
  reached: RegionId[];
  /** The sum of the intensities of the connected pins. */
  weight: number;
  evidence: EvidenceLevel;
  /** The side to light the line on: the one that connects the pins, or both. */
  side: LineSide;
  /** From each reached pin, where the line runs. */
  travels: Travel[];
}

const evidenceRank = (level: EvidenceLevel) => EVIDENCE_LEVELS.indexOf(level);

function weightOf(pins: readonly Pin[], regions: readonly RegionId[]): number {
  return pins.filter((pin) => regions.includes(pin.region)).reduce((sum, pin) => sum + pin.intensity, 0);
}

function rankLine(lineId: LineId, pins: readonly Pin[], content: RouteContent): RankedLine | undefined {
  const onSide: Record<Side, RegionId[]> = { l: [], r: [] };
  for (const side of SIDES) {
    onSide[side] = pins.filter((pin) => reaches(lineId, pin.region, side, content)).map((pin) => pin.region);
  }
  const reached = pins.map((pin) => pin.region).filter((region) => onSide.l.includes(region) || onSide.r.includes(region));
  if (reached.length === 0) return undefined;
  // The side that connects most (then the heavier pins); a tie goes to the side of the first sided pin, else left.
  const firstSided = pins.map((pin) => regionSide(pin.region)).find((side) => side !== undefined);
  const score = (side: Side) => onSide[side].length * 100 + weightOf(pins, onSide[side]);
  const bestSide: Side =
    score('l') === score('r') ? (firstSided ?? 'l') : score('l') > score('r') ? 'l' : 'r';
  const connected = onSide[bestSide];
  const allMidline = reached.every((region) => regionSide(region) === undefined);
  const line = content.lines[lineId];
  // Pins on the midline only: the line runs from them on both sides. A sided pin lights the side that reaches it.
  const fitsOneSide = reached.every((region) => connected.includes(region));
  const side: LineSide = allMidline || !fitsOneSide ? 'both' : bestSide;
  const travels = reached
    .map((region) => travelFrom(lineId, region, content, onSide[bestSide].includes(region) ? bestSide : undefined))
    .filter((travel): travel is Travel => travel !== undefined);
  return { line: lineId, connected, reached, weight: weightOf(pins, connected), evidence: line.evidence.continuity.level, side, travels };
}

/** The lines through the pins, best first (see the module comment); none without pins. */
export function rankLines(pins: readonly Pin[], content: RouteContent): RankedLine[] {
  const ranked = LINE_IDS.map((lineId) => rankLine(lineId, pins, content)).filter((line): line is RankedLine => line !== undefined);
  return ranked.sort(
    (a, b) =>
      b.connected.length - a.connected.length ||
      b.weight - a.weight ||
      weightOf(pins, b.reached) - weightOf(pins, a.reached) ||
      evidenceRank(a.evidence) - evidenceRank(b.evidence) ||
      LINE_IDS.indexOf(a.line) - LINE_IDS.indexOf(b.line),
  );
}
