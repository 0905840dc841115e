// The question generators: pure functions of the content, a card key and a seed.
import { LINE_IDS, REGION_BASE_IDS, type LineId, type RegionBaseId } from '../../../content/ids';
import type { Content } from '../../../content/load';
import type { Line, Pattern } from '../../../content/schemas';
import { hashSeed, pick, seededRandom, shuffled } from '../random';
import { mainStations } from '../studyItems';
import type { Connection, Part, Question, QuizType, Response } from './types';

export type QuizContent = Pick<Content, 'lines' | 'landmarks' | 'structures' | 'patterns' | 'index'>;

const CHOICES = 4;
/** Enough stations to say something about the order, few enough to place in half a minute. */
const ORDER_LENGTH = 5;
const ORDER_MINIMUM = 4;
/** A region question lists this many lines, some of which pass through it. */
const REGION_OPTIONS = 6;
/** At most this many of them are right, so ticking everything is never the answer. */
const REGION_MOST_RIGHT = 4;
const CONFIRMED_LEVELS = ['strong', 'moderate'];
/** Continuity ratings under which no connection of the line counts as confirmed by dissection. */
const UNCONFIRMED_LINE_LEVELS = ['none', 'not_studied'];

const lines = (content: QuizContent): Line[] => LINE_IDS.map((id) => content.lines[id]);

/** Connections dissection studies confirmed (a track's own evidence, strong or moderate). */
export function confirmedConnections(content: QuizContent): Connection[] {
  return connections(content, (level) => level !== undefined && CONFIRMED_LEVELS.includes(level), () => false);
}

/** Connections that were not confirmed: looked at without result, or on a line whose continuity was never shown. */
export function unconfirmedConnections(content: QuizContent): Connection[] {
  return connections(
    content,
    (level) => level !== undefined && !CONFIRMED_LEVELS.includes(level),
    (line) => UNCONFIRMED_LINE_LEVELS.includes(line.evidence.continuity.level),
  );
}

function connections(
  content: QuizContent,
  byOwnEvidence: (level: string | undefined) => boolean,
  byLine: (line: Line) => boolean,
): Connection[] {
  const found: Connection[] = [];
  for (const line of lines(content)) {
    for (const steps of [line.path, ...line.branches.map((branch) => branch.path)]) {
      steps.forEach((step, index) => {
        if (step.kind !== 'track') return;
        const before = steps.slice(0, index).reverse().find((other) => other.kind === 'track');
        if (!before) return;
        const own = step.evidence?.level;
        if (own !== undefined ? byOwnEvidence(own) : byLine(line)) found.push({ line: line.id, from: before.id, to: step.id });
      });
    }
  }
  return found;
}

const connectionKey = (connection: Connection) => `${connection.line}:${connection.from}>${connection.to}`;

/** Regions with some lines through them, but not so many that almost every option would be right. */
function askableRegions(content: QuizContent): RegionBaseId[] {
  return REGION_BASE_IDS.filter((region) => {
    const through = content.index.linesThroughRegion[region].length;
    return through >= 1 && LINE_IDS.length - through >= REGION_OPTIONS - REGION_MOST_RIGHT;
  });
}

/** Parts of a line's main path a student can be asked to find on the body. */
function tapParts(line: Line): Part[] {
  const parts: Part[] = [];
  for (const step of line.path) if (!parts.some((part) => part.kind === step.kind && part.id === step.id)) parts.push({ kind: step.kind, id: step.id });
  return parts;
}

/** What a pattern question shows of the pattern: its name and what the client notices, in both languages. */
export function patternPromptTexts(pattern: Pattern): string[] {
  return [pattern.names.nl, pattern.names.en, pattern.clientNotices[0]?.nl ?? '', pattern.clientNotices[0]?.en ?? ''];
}

/**
 * A pattern can be asked when enough lines are not part of it to be wrong options, and when its prompt does not name
 * a line ("Jaw clenching and the Deep Front Line" would give the answer away).
 */
function askablePattern(content: QuizContent, pattern: Pattern): boolean {
  if (pattern.lines.length > LINE_IDS.length - CHOICES) return false;
  const prompt = patternPromptTexts(pattern).join(' ').toLowerCase();
  return lines(content).every((line) =>
    [line.names.nl, line.names.en].every((name) => !prompt.includes(name.toLowerCase()))
    && [line.abbreviation.nl, line.abbreviation.en].every((abbreviation) => !new RegExp(`\\b${abbreviation}\\b`, 'i').test(prompt)));
}

/** Every card the quiz can ask, per type. */
export function cardKeys(content: QuizContent): Record<QuizType, string[]> {
  return {
    name_line: LINE_IDS.map((id) => `name_line:${id}`),
    order: LINE_IDS.filter((id) => mainStations(content.lines[id]).length >= ORDER_MINIMUM).map((id) => `order:${id}`),
    region_lines: askableRegions(content).map((region) => `region_lines:${region}`),
    tap: lines(content).flatMap((line) => tapParts(line).map((part) => `tap:${line.id}:${part.kind}:${part.id}`)),
    pattern_line: [...content.patterns.values()].filter((pattern) => askablePattern(content, pattern)).map((pattern) => `pattern_line:${pattern.id}`),
    evidence: confirmedConnections(content).map((connection) => `evidence:${connectionKey(connection)}`),
  };
}

/** The question behind a card key; undefined for a key that no longer fits the content (kept from an older release). */
export function generateQuestion(content: QuizContent, key: string, seed: number): Question | undefined {
  const random = seededRandom(hashSeed(key, seed));
  const [type, ...rest] = key.split(':');
  switch (type) {
    case 'name_line': {
      const lit = rest[0] as LineId;
      if (!LINE_IDS.includes(lit)) return undefined;
      const others = pick(LINE_IDS.filter((id) => id !== lit), CHOICES - 1, random);
      return { type, key, line: lit, lit, answer: lit, options: shuffled([lit, ...others], random) };
    }
    case 'order': {
      const of = rest[0] as LineId;
      if (!LINE_IDS.includes(of)) return undefined;
      const stations = mainStations(content.lines[of]);
      if (stations.length < ORDER_MINIMUM) return undefined;
      const length = Math.min(ORDER_LENGTH, stations.length);
      const start = Math.floor(random() * (stations.length - length + 1));
      const answer = stations.slice(start, start + length);
      let mixed = shuffled(answer, random);
      // Never hand out the answer as the starting order.
      while (mixed.every((id, index) => id === answer[index])) mixed = shuffled(answer, random);
      return { type, key, line: of, of, answer, shuffled: mixed };
    }
    case 'region_lines': {
      const region = rest[0] as RegionBaseId;
      if (!askableRegions(content).includes(region)) return undefined;
      const through = LINE_IDS.filter((id) => content.index.linesThroughRegion[region].includes(id));
      const notThrough = LINE_IDS.filter((id) => !through.includes(id));
      // Some of the lines through it, the rest of the options lines that do not pass: the set ticked is the answer.
      const fewest = Math.max(1, REGION_OPTIONS - notThrough.length);
      const most = Math.min(REGION_MOST_RIGHT, through.length);
      const rightCount = fewest + Math.floor(random() * (most - fewest + 1));
      const answer = pick(through, rightCount, random);
      const wrong = pick(notThrough, REGION_OPTIONS - rightCount, random);
      const options = LINE_IDS.filter((id) => answer.includes(id) || wrong.includes(id));
      return { type, key, line: null, region, answer: LINE_IDS.filter((id) => answer.includes(id)), options };
    }
    case 'tap': {
      const [lineId, kind, id] = rest as [LineId, Part['kind'], string];
      if (!LINE_IDS.includes(lineId)) return undefined;
      const parts = tapParts(content.lines[lineId]);
      const target = parts.find((part) => part.kind === kind && part.id === id);
      if (!target) return undefined;
      // Other parts of the same line, of the same kind where there are enough: a list to choose from without the body.
      const sameKind = parts.filter((part) => part.kind === target.kind && part.id !== target.id);
      const pool = sameKind.length >= CHOICES - 1 ? sameKind : parts.filter((part) => part.id !== target.id);
      const options = shuffled([target, ...pick(pool, CHOICES - 1, random)], random);
      return { type, key, line: lineId, of: lineId, target, answer: target, options };
    }
    case 'pattern_line': {
      const pattern = content.patterns.get(rest[0] ?? '');
      if (!pattern || !askablePattern(content, pattern)) return undefined;
      const answer = pattern.lines[Math.floor(random() * pattern.lines.length)] as LineId;
      const others = pick(LINE_IDS.filter((id) => !pattern.lines.includes(id)), CHOICES - 1, random);
      return { type, key, line: answer, pattern: pattern.id, answer, options: shuffled([answer, ...others], random) };
    }
    case 'evidence': {
      const answer = confirmedConnections(content).find((connection) => `evidence:${connectionKey(connection)}` === key);
      if (!answer) return undefined;
      const others = pick(unconfirmedConnections(content), CHOICES - 1, random);
      return { type, key, line: answer.line, answer, options: shuffled([answer, ...others], random) };
    }
    default:
      return undefined;
  }
}

const samePart = (a: Part, b: Part) => a.kind === b.kind && a.id === b.id;

/** Whether a response is the right answer. */
export function isRight(question: Question, response: Response): boolean {
  switch (question.type) {
    case 'name_line':
    case 'pattern_line':
      return response.type === 'choice' && question.options[response.index] === question.answer;
    case 'evidence':
      return response.type === 'choice' && question.options[response.index] === question.answer;
    case 'tap':
      if (response.type === 'part') return samePart(response.part, question.answer);
      return response.type === 'choice' && question.options[response.index] === question.answer;
    case 'region_lines': {
      if (response.type !== 'choices') return false;
      const chosen = new Set(response.indexes.map((index) => question.options[index]));
      return chosen.size === question.answer.length && question.answer.every((id) => chosen.has(id));
    }
    case 'order':
      return response.type === 'order' && response.order.length === question.answer.length
        && response.order.every((id, index) => id === question.answer[index]);
  }
}
