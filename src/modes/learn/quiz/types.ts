// Questions are generated from the content (never a written bank): each has exactly one right answer that follows
// from the data, and options that are really wrong.
import type { LineId, RegionBaseId } from '../../../content/ids';

export const QUIZ_TYPES = ['name_line', 'order', 'region_lines', 'tap', 'pattern_line', 'evidence'] as const;
export type QuizType = (typeof QUIZ_TYPES)[number];

export function isQuizType(value: string): value is QuizType {
  return (QUIZ_TYPES as readonly string[]).includes(value);
}

/** A station or track on the body. */
export interface Part {
  kind: 'station' | 'track';
  id: string;
}

/** A connection between two tracks of a line, as dissection studies looked at it. */
export interface Connection {
  line: LineId;
  /** The track before, and the track the connection leads into. */
  from: string;
  to: string;
}

interface Base {
  /** The card's key in the Leitner boxes, e.g. `order:sbl`. */
  key: string;
  /** The line whose progress this question counts toward (none for a region). */
  line: LineId | null;
}

export type Question =
  | (Base & { type: 'name_line'; lit: LineId; options: LineId[]; answer: LineId })
  | (Base & { type: 'order'; of: LineId; /** The right order. */ answer: string[]; /** As first shown. */ shuffled: string[] })
  | (Base & { type: 'region_lines'; region: RegionBaseId; options: LineId[]; answer: LineId[] })
  | (Base & { type: 'tap'; of: LineId; target: Part; options: Part[]; answer: Part })
  | (Base & { type: 'pattern_line'; pattern: string; options: LineId[]; answer: LineId })
  | (Base & { type: 'evidence'; options: Connection[]; answer: Connection });

export type QuestionOf<T extends QuizType> = Extract<Question, { type: T }>;

/** What the student gave: one option's index, several, or an order of station ids. */
export type Response =
  | { type: 'choice'; index: number }
  | { type: 'choices'; indexes: number[] }
  | { type: 'order'; order: string[] }
  | { type: 'part'; part: Part };
