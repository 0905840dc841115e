// The learn mode's part of the URL: `study=dfl&item=psoas` (a teacher's link to "the DFL at the psoas"),
// `compare=spl,ll`, `quiz=order` (or `quiz=all`) and `seed=` to repeat a quiz exactly.
import { LINE_IDS, type LineId } from '../../content/ids';
import { registerUrlPart, type UrlPart } from '../../state/urlParts';
import { useExplorer } from '../../state/explorerStore';
import { isQuizType } from './quiz/types';
import { MAX_COMPARED, useLearn } from './learnStore';

const isLineId = (value: string): value is LineId => (LINE_IDS as readonly string[]).includes(value);
const ITEM = /^[a-z][a-z0-9_]*$/;

export const learnUrlPart: UrlPart = {
  name: 'learn',
  read: (params, dropped) => {
    const { actions } = useLearn.getState();
    const study = params.get('study');
    const compare = params.get('compare');
    const quiz = params.get('quiz');
    const seed = params.get('seed');
    if (study !== null) {
      const item = params.get('item');
      if (isLineId(study)) {
        actions.study(study, item && ITEM.test(item) ? item : null);
        actions.setView('study');
      } else dropped.push(`study=${study}`);
    }
    if (compare !== null) {
      const ids = compare.split(',').filter(isLineId);
      if (ids.length >= 2 && ids.length <= MAX_COMPARED) {
        actions.setCompared(ids);
        actions.setView('compare');
      } else dropped.push(`compare=${compare}`);
    }
    if (quiz !== null) {
      if (quiz === 'all' || isQuizType(quiz)) {
        actions.setOnly(quiz === 'all' ? undefined : quiz);
        actions.setView('quiz');
      } else dropped.push(`quiz=${quiz}`);
    }
    if (seed !== null) {
      if (/^\d{1,9}$/.test(seed)) actions.setSeed(Number(seed));
      else dropped.push(`seed=${seed}`);
    }
  },
  write: (params) => {
    if (useExplorer.getState().mode !== 'learn') return;
    const state = useLearn.getState();
    if (state.view === 'study') {
      params.set('study', state.study);
      if (state.item) params.set('item', state.item);
    } else if (state.view === 'compare') {
      params.set('compare', state.compare.join(','));
    } else {
      params.set('quiz', state.only ?? 'all');
      if (state.seed !== null) params.set('seed', String(state.seed));
    }
  },
  subscribe: (onChange) => {
    const stopLearn = useLearn.subscribe((state, previous) => {
      if (state.view !== previous.view || state.study !== previous.study || state.item !== previous.item
        || state.compare !== previous.compare || state.only !== previous.only || state.seed !== previous.seed) onChange();
    });
    const stopMode = useExplorer.subscribe((state) => state.mode, onChange);
    return () => {
      stopLearn();
      stopMode();
    };
  },
};

registerUrlPart(learnUrlPart);
