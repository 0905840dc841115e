// A short session: ten cards chosen by the Leitner boxes (missed ones first), the types mixed so no two questions
// in a row are of the same kind where that can be helped.
import { askingOrder, type Card } from '../leitner';
import { shuffled, seededRandom } from '../random';
import { cardKeys, generateQuestion, type QuizContent } from './generators';
import { QUIZ_TYPES, type Question, type QuizType } from './types';

export const SESSION_LENGTH = 10;

export function sessionQuestions(
  content: QuizContent,
  options: { seed: number; session: number; cards: Readonly<Record<string, Card>>; only?: QuizType | undefined },
): Question[] {
  const random = seededRandom(options.seed);
  const keys = cardKeys(content);
  const types = options.only ? [options.only] : QUIZ_TYPES;
  const queues = types.map((type) => askingOrder(shuffled(keys[type], random), options.cards, options.session));
  // Types in turn, each type's most urgent card first; a type that runs out leaves its turn to the others.
  const chosen: string[] = [];
  for (let turn = 0; chosen.length < SESSION_LENGTH && queues.some((queue) => queue.length > 0); turn++) {
    const queue = queues[turn % queues.length];
    const key = queue?.shift();
    if (key) chosen.push(key);
  }
  return chosen
    .map((key, index) => generateQuestion(content, key, options.seed + index))
    .filter((question): question is Question => question !== undefined);
}
