import { useState } from 'react';
import { LINE_IDS } from '../../content/ids';
import { useContent } from '../../content/ContentContext';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { useLearn, useLearnActions } from './learnStore';
import type { Tally } from './progress';
import { QUIZ_TYPES } from './quiz/types';

function Bar({ label, tally }: { label: string; tally: Tally }) {
  const t = useT();
  return (
    <li className="learn-bar">
      <span className="learn-bar__label">{label}</span>
      <meter min={0} max={tally.asked} value={tally.right} aria-hidden="true" />
      <span className="learn-bar__count">{t('learn.progress.tally', { right: tally.right, asked: tally.asked })}</span>
    </li>
  );
}

/** Right answers per question type and per line, kept on the device, with a reset that asks first. */
export function QuizProgress() {
  const t = useT();
  const content = useContent();
  const language = useExplorer((state) => state.language);
  const progress = useLearn((state) => state.progress);
  const { resetProgress } = useLearnActions();
  const [confirming, setConfirming] = useState(false);
  const [wasReset, setWasReset] = useState(false);
  const types = QUIZ_TYPES.filter((type) => progress.byType[type]);
  const lines = LINE_IDS.filter((id) => progress.byLine[id]);
  return (
    <section className="learn-progress" aria-labelledby="learn-progress-title" data-testid="learn-progress">
      <h3 id="learn-progress-title">{t('learn.progress.title')}</h3>
      {types.length === 0 ? (
        <p className="muted" role="status">{wasReset ? t('learn.progress.wasReset') : t('learn.progress.none')}</p>
      ) : (
        <>
          <h4>{t('learn.progress.byType')}</h4>
          <ul className="learn-bars">
            {types.map((type) => <Bar key={type} label={t(`learn.quiz.type.${type}`)} tally={progress.byType[type] as Tally} />)}
          </ul>
          {lines.length > 0 && (
            <>
              <h4>{t('learn.progress.byLine')}</h4>
              <ul className="learn-bars">
                {lines.map((id) => <Bar key={id} label={content.lines[id].names[language]} tally={progress.byLine[id] as Tally} />)}
              </ul>
            </>
          )}
          {confirming ? (
            <div className="learn-confirm" role="alertdialog" aria-labelledby="learn-confirm-text">
              <p id="learn-confirm-text">{t('learn.progress.confirm')}</p>
              <button type="button" className="primary" autoFocus onClick={() => { resetProgress(); setConfirming(false); setWasReset(true); }}>
                {t('learn.progress.confirmYes')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t('learn.progress.cancel')}</button>
            </div>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>{t('learn.progress.reset')}</button>
          )}
        </>
      )}
    </section>
  );
}
