import { useMemo, useState, type CSSProperties } from 'react';
import { useContent } from '../../content/ContentContext';
import type { Exercise } from '../../content/schemas';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { Passages } from '../../ui/Passages';
import { exercisesFor, quotesForLines, type ClientQuote, type LineQuotes } from './answer';
import { ExerciseGuide } from './ExerciseGuide';
import type { Pin } from './pins';
import type { RankedLine } from './ranking';
import { useTrace } from './traceStore';
import { useTraceWords } from './useTraceWords';
import { travelSentence } from './words';

/** The best few are told in full; the others in a line each, in the same list. */
export const FULL_RESULTS = 3;

const useTraceView = () => useTrace((state) => state.clientView);

function ExerciseItem({ exercise, onStart }: { exercise: Exercise; onStart: (exercise: Exercise) => void }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  return (
    <li className="trace-exercise" data-exercise={exercise.id}>
      <p className="trace-exercise__name">{exercise.names[language]}</p>
      <p className="trace-exercise__often"><span className="muted">{t('trace.exercise.frequency')}:</span> {exercise.frequency[language]}</p>
      <button type="button" className="secondary trace-exercise__start" onClick={() => onStart(exercise)}>
        <span aria-hidden="true">◷ </span>{t('trace.exercise.start')}
      </button>
    </li>
  );
}

/** One thing the client may notice, in their own words; a therapist also reads the pattern and what to look for. */
function Quote({ quote }: { quote: ClientQuote }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const clientView = useTraceView();
  const { pattern } = quote;
  const lookFor = pattern.therapistLooksFor[0];
  return (
    <li data-pattern={pattern.id} data-notice={quote.notice}>
      {/* The client's view keeps the client's own words; the pattern's name is a therapist's term. */}
      {!clientView && quote.firstOfPattern && <strong>{pattern.names[language]}: </strong>}“{pattern.clientNotices[quote.notice]?.[language]}”
      {!clientView && quote.firstOfPattern && lookFor && <span className="muted"> {t('trace.result.looksFor')} {lookFor[language]}</span>}
    </li>
  );
}

function Quotes({ quotes }: { quotes: LineQuotes }) {
  const t = useT();
  if (quotes.shown.length === 0) return null;
  return (
    <>
      <h5 className="trace-result__sub">{t('trace.result.patterns')}</h5>
      <ul className="trace-result__patterns">
        {quotes.shown.map((quote) => <Quote key={`${quote.pattern.id}:${quote.notice}`} quote={quote} />)}
      </ul>
      {quotes.more.length > 0 && (
        <details className="trace-result__more">
          <summary>{t('trace.quotes.more', { count: quotes.more.length })}</summary>
          <ul className="trace-result__patterns">
            {quotes.more.map((quote) => <Quote key={`${quote.pattern.id}:${quote.notice}`} quote={quote} />)}
          </ul>
        </details>
      )}
    </>
  );
}

function Result({ ranked, pins, full, quotes, onStart }: { ranked: RankedLine; pins: readonly Pin[]; full: boolean; quotes: LineQuotes | undefined; onStart: (exercise: Exercise) => void }) {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const clientView = useTraceView();
  const words = useTraceWords();
  const line = content.lines[ranked.line];
  const exercises = full ? exercisesFor(ranked.line, pins, content) : [];
  const travels = full ? ranked.travels : ranked.travels.slice(0, 1);
  return (
    <li className={`trace-result${full ? '' : ' trace-result--short'}`} data-line={ranked.line} style={{ '--line-colour': line.colour } as CSSProperties}>
      <div className="trace-result__head">
        <span className="trace-result__swatch" aria-hidden="true" />
        <div className="trace-result__names">
          <h4 className="trace-result__title">{t(`trace.lineTitle.${ranked.line}`)}</h4>
          <p className="trace-result__line muted">
            {line.names[language]}
            {!clientView && ` · ${line.abbreviation[language]}`}
          </p>
        </div>
        <span className={`evidence-level evidence-level--${ranked.evidence}`} title={line.evidence.continuity.note[language]}>
          {t('trace.result.evidence', { level: t(`evidence.${ranked.evidence}`) })}
        </span>
      </div>
      {ranked.connected.length > 1 && <p className="trace-result__connects">{t('trace.result.connects', { regions: words.spotList(ranked.connected) })}</p>}
      {travels.map((travel) => (
        <p key={travel.pin} className="trace-result__travel" data-pin={travel.pin}>{travelSentence(travel, line.group, words)}</p>
      ))}
      {full && <p className="trace-result__explain">{t(`trace.explain.${ranked.line}`)}</p>}
      {full && !clientView && (
        <details className="trace-result__anatomy">
          <summary>{t('trace.result.anatomy')}</summary>
          <Passages passages={[line.summary]} />
        </details>
      )}
      {full && quotes && <Quotes quotes={quotes} />}
      {exercises.length > 0 && (
        <>
          <h5 className="trace-result__sub">{t('trace.result.exercises')}</h5>
          <ul className="trace-result__exercises">
            {exercises.map((exercise) => <ExerciseItem key={exercise.id} exercise={exercise} onStart={onStart} />)}
          </ul>
        </>
      )}
    </li>
  );
}

/** The ranked lines, one ordered list, best first (`data-testid="trace-results"`, one `data-line` each). */
export function TraceResults({ ranked, pins }: { ranked: readonly RankedLine[]; pins: readonly Pin[] }) {
  const t = useT();
  const content = useContent();
  const [guide, setGuide] = useState<Exercise | null>(null);
  // Over the lines told in full at once: no quote twice on the page.
  const quotes = useMemo(() => quotesForLines(ranked.slice(0, FULL_RESULTS).map((line) => line.line), pins, content), [ranked, pins, content]);
  return (
    <section className="trace-results" aria-labelledby="trace-results-title">
      <h3 id="trace-results-title">{t('trace.results.title')}</h3>
      <p className="muted trace-results__count">{ranked.length === 1 ? t('trace.results.countOne') : t('trace.results.count', { count: ranked.length })}</p>
      <ol data-testid="trace-results" className="trace-results__list">
        {ranked.map((line, index) => (
          <Result key={line.line} ranked={line} pins={pins} full={index < FULL_RESULTS} quotes={quotes.get(line.line)} onStart={setGuide} />
        ))}
      </ol>
      {guide && <ExerciseGuide exercise={guide} onClose={() => setGuide(null)} />}
    </section>
  );
}
