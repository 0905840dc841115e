// What the body shows for a quiz question, before and after it is answered (pure: the panel applies it).
import type { RegionId } from '../../content/ids';
import { REGION_IDS, regionBase } from '../../content/ids';
import type { Content } from '../../content/load';
import type { CameraCommand, Focus } from '../../state/explorerStore';
import type { ShownLine } from '../../explorer/shownLine';
import type { Question } from './quiz/types';

export interface QuizBody {
  lines: ShownLine[];
  region: RegionId | null;
  focus: Focus | null;
  camera: CameraCommand['target'];
  xray: boolean;
  /** Hide the line names beside the body (they would give away "which line is lit"). */
  hideLineNames: boolean;
}

const both = (id: ShownLine['id']): ShownLine => ({ id, side: 'both' });
const front: CameraCommand['target'] = { kind: 'view', view: 'front' };

/** The first concrete region of a base (the left one where the body has two). */
function regionOf(base: string): RegionId | null {
  return REGION_IDS.find((id) => regionBase(id) === base) ?? null;
}

export function quizBody(question: Question, answered: boolean, content: Pick<Content, 'structures'>): QuizBody {
  const plain: QuizBody = { lines: [], region: null, focus: null, camera: front, xray: false, hideLineNames: false };
  switch (question.type) {
    case 'name_line':
      return { ...plain, lines: [both(question.lit)], camera: { kind: 'lines' }, hideLineNames: !answered };
    case 'order':
      return answered ? { ...plain, lines: [both(question.of)], camera: { kind: 'lines' } } : plain;
    case 'region_lines': {
      const region = regionOf(question.region);
      return {
        ...plain,
        region,
        lines: answered ? question.answer.map(both) : [],
        camera: region ? { kind: 'region', region } : front,
      };
    }
    case 'tap': {
      const focus = { kind: question.answer.kind, id: question.answer.id };
      return answered
        ? { ...plain, lines: [both(question.of)], focus, camera: { kind: 'focus', focus }, xray: true }
        : { ...plain, lines: [both(question.of)], camera: { kind: 'lines' }, xray: true };
    }
    case 'pattern_line':
      return answered ? { ...plain, lines: [both(question.answer)], camera: { kind: 'lines' } } : plain;
    case 'evidence': {
      if (!answered) return plain;
      const focus: Focus = { kind: 'track', id: question.answer.to };
      const deep = content.structures.get(question.answer.to)?.depth === 'deep';
      return { ...plain, lines: [both(question.answer.line)], focus, camera: { kind: 'focus', focus }, xray: deep };
    }
  }
}
