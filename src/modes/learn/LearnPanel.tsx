import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { readKept, writeKept } from '../../storage/deviceStore';
import { CompareView } from './CompareView';
import { LEARN_VIEWS, useLearn, useLearnActions } from './learnStore';
import { LEARN_PROGRESS } from './progress';
import { QuizView } from './QuizView';
import { StudyView } from './StudyView';
import './learn.css';

/** Reads the kept progress once, then keeps every change on the device. */
function useKeptProgress() {
  const { setProgress } = useLearnActions();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void readKept(LEARN_PROGRESS).then((restored) => {
      if (cancelled) return;
      if (restored?.ok) setProgress(restored.value);
      else setProgress(useLearn.getState().progress);
      stop = useLearn.subscribe((state, previous) => {
        if (state.progress !== previous.progress) void writeKept(LEARN_PROGRESS, state.progress);
      });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [setProgress]);
}

/** The learn mode: study a line on the body, compare lines, quiz yourself. */
export function LearnPanel() {
  const t = useT();
  const view = useLearn((state) => state.view);
  const latin = useLearn((state) => state.progress.latin);
  const { setView, setLatin } = useLearnActions();
  useKeptProgress();
  return (
    <section className="panel learn-panel" role="region" aria-labelledby="learn-title" data-testid="learn-panel">
      <header className="panel__head learn-panel__head">
        <h2 id="learn-title" tabIndex={-1}>{t('learn.title')}</h2>
        <label className="learn-latin">
          <input type="checkbox" checked={latin} onChange={(event) => setLatin(event.target.checked)} />
          <span>{t('learn.latin')}</span>
        </label>
      </header>
      <nav className="learn-views" aria-label={t('learn.views')}>
        {LEARN_VIEWS.map((option) => (
          <button key={option} type="button" className="learn-views__item" aria-pressed={view === option} onClick={() => setView(option)}>
            {t(`learn.view.${option}`)}
          </button>
        ))}
      </nav>
      {view === 'study' && <StudyView />}
      {view === 'compare' && <CompareView />}
      {view === 'quiz' && <QuizView />}
    </section>
  );
}
