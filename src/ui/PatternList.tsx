import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { useExplorer } from '../state/explorerStore';
import { Passages, Warnings } from './Passages';
import { LineChips } from './LineChips';
import { LocalTextList } from './TextBits';

/** One home exercise, folded: its caution before its steps, so it is read before anyone starts. */
export function ExerciseDetails({ exerciseId }: { exerciseId: string }) {
  const { exercises } = useContent();
  const language = useExplorer((state) => state.language);
  const t = useT();
  const exercise = exercises.get(exerciseId);
  if (!exercise) return null;
  return (
    <details className="exercise" data-exercise={exerciseId}>
      <summary>
        {t('pattern.exercise')}: {exercise.names[language]}
      </summary>
      {exercise.caution && <p className="caution">{exercise.caution[language]}</p>}
      <Passages passages={[exercise.intro]} />
      <LocalTextList items={exercise.steps} ordered />
      <p className="muted">{exercise.frequency[language]}</p>
    </details>
  );
}

/** Compensation patterns, each expandable, so a client can open just the one that sounds familiar. */
export function PatternList({ patternIds }: { patternIds: readonly string[] }) {
  const { patterns } = useContent();
  const language = useExplorer((state) => state.language);
  const t = useT();
  return (
    <ul className="pattern-list">
      {patternIds.map((id) => {
        const pattern = patterns.get(id);
        if (!pattern) return null;
        return (
          <li key={id}>
            <details className="pattern" data-pattern={id}>
              <summary>{pattern.names[language]}</summary>
              <div className="pattern__body">
                <Warnings passages={pattern.whatHelps} />
                <h4>{t('pattern.clientNotices')}</h4>
                {pattern.clientNotices.map((quote, index) => (
                  <blockquote key={index}>{quote[language]}</blockquote>
                ))}
                <h4>{t('pattern.therapistLooksFor')}</h4>
                <LocalTextList items={pattern.therapistLooksFor} />
                <h4>{t('pattern.whatHelps')}</h4>
                <Passages passages={pattern.whatHelps} warnings={false} />
                <h4>{t('pattern.lines')}</h4>
                <LineChips lineIds={pattern.lines} />
                {pattern.exercises.map((exerciseId) => (
                  <ExerciseDetails key={exerciseId} exerciseId={exerciseId} />
                ))}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
