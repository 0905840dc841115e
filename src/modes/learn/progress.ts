// What the learn mode keeps on the device: the Leitner cards, the count of sessions, right answers per line and per
// question type, and whether the student wants the Latin names.
import { LINE_IDS, type LineId } from '../../content/ids';
import type { KeptKind } from '../../storage/versioned';
import { BOX_COUNT, review, type Card } from './leitner';
import { QUIZ_TYPES, type Question, type QuizType } from './quiz/types';

export interface Tally {
  right: number;
  asked: number;
}

export interface LearnProgress {
  /** Sessions started so far; the Leitner boxes count in sessions. */
  sessions: number;
  cards: Record<string, Card>;
  byLine: Partial<Record<LineId, Tally>>;
  byType: Partial<Record<QuizType, Tally>>;
  latin: boolean;
}

export const EMPTY_PROGRESS: LearnProgress = { sessions: 0, cards: {}, byLine: {}, byType: {}, latin: false };

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function checkTally(value: unknown): Tally | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { right, asked } = value as Record<string, unknown>;
  return isCount(right) && isCount(asked) && right <= asked ? { right, asked } : undefined;
}

function checkTallies<K extends string>(value: unknown, keys: readonly K[]): Partial<Record<K, Tally>> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const tallies: Partial<Record<K, Tally>> = {};
  for (const [key, raw] of Object.entries(value)) {
    const tally = checkTally(raw);
    if (!(keys as readonly string[]).includes(key) || !tally) return undefined;
    tallies[key as K] = tally;
  }
  return tallies;
}

/** Checks kept data of the current version; anything malformed means damaged (set aside, not guessed at). */
export function checkProgress(data: unknown): LearnProgress | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { sessions, cards, byLine, byType, latin } = data as Record<string, unknown>;
  if (!isCount(sessions) || typeof latin !== 'boolean' || typeof cards !== 'object' || cards === null) return undefined;
  const checkedCards: Record<string, Card> = {};
  for (const [key, raw] of Object.entries(cards)) {
    const { box, lastSession } = (raw ?? {}) as Record<string, unknown>;
    if (!Number.isInteger(box) || (box as number) < 1 || (box as number) > BOX_COUNT || !isCount(lastSession)) return undefined;
    checkedCards[key] = { box: box as number, lastSession };
  }
  const lines = checkTallies(byLine, LINE_IDS);
  const types = checkTallies(byType, QUIZ_TYPES);
  if (!lines || !types) return undefined;
  return { sessions, cards: checkedCards, byLine: lines, byType: types, latin };
}

export const LEARN_PROGRESS: KeptKind<LearnProgress> = {
  key: 'learnProgress',
  version: 1,
  migrations: {},
  check: checkProgress,
};

const add = (tally: Tally | undefined, right: boolean): Tally => ({
  right: (tally?.right ?? 0) + (right ? 1 : 0),
  asked: (tally?.asked ?? 0) + 1,
});

/** Progress after one answer: the card moves box, the line and the type count it. */
export function recordAnswer(progress: LearnProgress, question: Question, right: boolean): LearnProgress {
  return {
    ...progress,
    cards: { ...progress.cards, [question.key]: review(progress.cards[question.key], right, progress.sessions) },
    byLine: question.line ? { ...progress.byLine, [question.line]: add(progress.byLine[question.line], right) } : progress.byLine,
    byType: { ...progress.byType, [question.type]: add(progress.byType[question.type], right) },
  };
}

export function startSession(progress: LearnProgress): LearnProgress {
  return { ...progress, sessions: progress.sessions + 1 };
}
