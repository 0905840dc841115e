import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useContent } from '../../content/ContentContext';
import type { Language } from '../../content/ids';
import type { Content } from '../../content/load';
import type { Translate } from '../../i18n/useT';
import { useT } from '../../i18n/useT';
import { lineRoute } from '../../explorer/lineRoute';
import { handleRegionTaps } from '../bodyTap';
import { useExplorer, useExplorerActions } from '../../state/explorerStore';
import { useLearn, useLearnActions, type Answered, type QuizRun } from './learnStore';
import { partName } from './names';
import { OrderList } from './OrderList';
import { QuizProgress } from './QuizProgress';
import { isRight } from './quiz/generators';
import { sessionQuestions } from './quiz/session';
import { QUIZ_TYPES, type Connection, type Part, type Question, type QuizType, type Response } from './quiz/types';
import { quizBody } from './quizBody';
import { setXray } from './xray';

interface Naming {
  content: Content;
  language: Language;
  latin: boolean;
  t: Translate;
}

const lineName = ({ content, language }: Naming, id: keyof Content['lines']) => content.lines[id].names[language];
const part = (naming: Naming, value: Part) => partName(naming.content, value, naming.language, naming.latin);
const connection = (naming: Naming, value: Connection) =>
  naming.t('learn.quiz.connection', {
    from: part(naming, { kind: 'track', id: value.from }),
    to: part(naming, { kind: 'track', id: value.to }),
    line: naming.content.lines[value.line].abbreviation[naming.language],
  });

/** The text of each option of a one-answer question. */
function optionLabels(question: Question, naming: Naming): string[] {
  switch (question.type) {
    case 'name_line':
    case 'pattern_line':
    case 'region_lines':
      return question.options.map((id) => lineName(naming, id));
    case 'tap':
      return question.options.map((option) => part(naming, option));
    case 'evidence':
      return question.options.map((option) => connection(naming, option));
    case 'order':
      return [];
  }
}

/** What was right, said from the data. */
function explanation(question: Question, answered: Answered, naming: Naming): string {
  const { t, content, language } = naming;
  switch (question.type) {
    case 'name_line':
      return `${t('learn.quiz.a.name_line', { line: lineName(naming, question.answer) })} ${content.lines[question.answer].summary[language]}`;
    case 'order': {
      const right = t('learn.quiz.a.order', { order: question.answer.map((id) => part(naming, { kind: 'station', id })).join(' → ') });
      if (answered.right || answered.response.type !== 'order') return right;
      return `${t('learn.quiz.yourOrder', { order: answered.response.order.map((id) => part(naming, { kind: 'station', id })).join(' → ') })} ${right}`;
    }
    case 'region_lines':
      return t('learn.quiz.a.region_lines', {
        region: content.regions[question.region].names[language],
        lines: question.answer.map((id) => lineName(naming, id)).join(', '),
      });
    case 'tap': {
      const shown = t('learn.quiz.a.tap', { part: part(naming, question.answer) });
      if (answered.right) return shown;
      const gave = answered.response.type === 'part' ? answered.response.part
        : answered.response.type === 'choice' ? question.options[answered.response.index] : undefined;
      return gave ? `${t('learn.quiz.a.tapGave', { part: part(naming, gave) })} ${shown}` : shown;
    }
    case 'pattern_line': {
      const pattern = content.patterns.get(question.pattern);
      return pattern ? t('learn.quiz.a.pattern_line', {
        pattern: pattern.names[language],
        lines: pattern.lines.map((id) => lineName(naming, id)).join(', '),
      }) : '';
    }
    case 'evidence': {
      const step = [content.lines[question.answer.line].path, ...content.lines[question.answer.line].branches.map((b) => b.path)]
        .flat().find((candidate) => candidate.kind === 'track' && candidate.id === question.answer.to);
      const note = step?.kind === 'track' ? step.evidence?.note[language] ?? '' : '';
      return `${t('learn.quiz.a.evidence', { connection: connection(naming, question.answer) })} ${note}`;
    }
  }
}

function Prompt({ question, naming }: { question: Question; naming: Naming }) {
  const { t, content, language } = naming;
  switch (question.type) {
    case 'name_line': {
      const line = content.lines[question.lit];
      const route = lineRoute(line, content.landmarks, content.structures).map((region) => content.regions[region].names[language]);
      return <>{t('learn.quiz.q.name_line')}<span className="visually-hidden"> {t('learn.quiz.q.name_line.route', { regions: route.join(', ') })}</span></>;
    }
    case 'order':
      return <>{t('learn.quiz.q.order', { line: lineName(naming, question.of) })}</>;
    case 'region_lines':
      return <>{t('learn.quiz.q.region_lines', { region: content.regions[question.region].names[language] })}</>;
    case 'tap':
      return <>{t('learn.quiz.q.tap', { part: part(naming, question.target) })}</>;
    case 'pattern_line': {
      const pattern = content.patterns.get(question.pattern);
      return (
        <>
          {t('learn.quiz.q.pattern_line')}
          {pattern && (
            <span className="learn-quiz__pattern">
              <strong>{pattern.names[language]}</strong>
              {pattern.clientNotices[0] && <span className="muted"> “{pattern.clientNotices[0][language]}”</span>}
            </span>
          )}
        </>
      );
    }
    case 'evidence':
      return <>{t('learn.quiz.q.evidence')}</>;
  }
}

/** Puts the body in step with the question: what is lit, framed, see-through; the answer once it is given. */
function useQuizOnBody(question: Question | undefined, answered: boolean) {
  const content = useContent();
  const { setShownLines, selectRegion, setFocus, moveCamera } = useExplorerActions();
  useEffect(() => {
    if (!question) return;
    const body = quizBody(question, answered, content);
    setShownLines(body.lines);
    selectRegion(body.region);
    setFocus(body.focus);
    moveCamera(body.camera);
    setXray(body.xray);
    document.documentElement.toggleAttribute('data-learn-hide-lines', body.hideLineNames);
  }, [question, answered, content, setShownLines, selectRegion, setFocus, moveCamera]);
  useEffect(() => () => {
    setXray(false);
    document.documentElement.removeAttribute('data-learn-hide-lines');
  }, []);
}

/** For the browser tests (README: data-* only on the options): whether an option belongs to the right answer. */
function isCorrectOption(question: Question, index: number): boolean {
  if (question.type === 'region_lines') return question.answer.includes(question.options[index] as never);
  if (question.type === 'order') return false;
  return (question.options as readonly unknown[])[index] === question.answer;
}

function QuestionCard({ run }: { run: QuizRun }) {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const latin = useLearn((state) => state.progress.latin);
  const { answer, next, endRun } = useLearnActions();
  const question = run.questions[run.current] as Question;
  const answered = run.answers[run.current];
  const naming: Naming = { content, language, latin, t };
  const labels = optionLabels(question, naming);
  const [choice, setChoice] = useState<number | null>(null);
  const [choices, setChoices] = useState<number[]>([]);
  const [order, setOrder] = useState<string[]>(question.type === 'order' ? question.shuffled : []);
  const [regionHint, setRegionHint] = useState(false);
  const promptId = useId();
  // Each new question takes the focus (the Next button that had it is gone), so a screen reader reads it out and the
  // keyboard goes on from there (the user test found focus on the page itself after "Next question").
  const counterRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    counterRef.current?.focus();
  }, [question.key]);
  useQuizOnBody(question, Boolean(answered));

  const give = (response: Response) => answer(response, isRight(question, response));

  // A tap question takes its answer from the body: a station or track tapped under the see-through skin.
  useEffect(() => {
    if (question.type !== 'tap' || answered) return;
    const stopFocus = useExplorer.subscribe((state) => state.focus, (focus) => {
      if (focus) give({ type: 'part', part: { kind: focus.kind, id: focus.id } });
    });
    const stopRegions = handleRegionTaps('learn', () => {
      setRegionHint(true);
      return true;
    });
    return () => {
      stopFocus();
      stopRegions();
    };
  });

  const canCheck = question.type === 'order' ? true : question.type === 'region_lines' ? choices.length > 0 : choice !== null;
  const check = () => {
    if (question.type === 'order') give({ type: 'order', order });
    else if (question.type === 'region_lines') give({ type: 'choices', indexes: choices });
    else if (choice !== null) give({ type: 'choice', index: choice });
  };
  const last = run.current === run.questions.length - 1;
  const optionState = (index: number): 'right' | 'wrong' | undefined => {
    if (!answered) return undefined;
    if (question.type === 'region_lines') {
      const isAnswer = question.answer.includes(question.options[index] as never);
      return isAnswer ? 'right' : choices.includes(index) ? 'wrong' : undefined;
    }
    if (question.type === 'order') return undefined;
    const isAnswer = (question.options as readonly unknown[])[index] === question.answer;
    return isAnswer ? 'right' : choice === index ? 'wrong' : undefined;
  };

  return (
    <div className="learn-quiz__card" data-question-type={question.type} data-question-key={question.key}>
      <div className="learn-quiz__bar">
        <p className="learn-quiz__counter" tabIndex={-1} ref={counterRef}>{t('learn.quiz.counter', { current: run.current + 1, total: run.questions.length })}</p>
        <progress max={run.questions.length} value={run.current + (answered ? 1 : 0)} aria-hidden="true" />
        <button type="button" className="secondary learn-quiz__stop" onClick={endRun}>{t('learn.quiz.stop')}</button>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!answered && canCheck) check();
        }}
      >
        {question.type === 'order' ? (
          <>
            <p id={promptId} className="learn-quiz__prompt"><Prompt question={question} naming={naming} /></p>
            <p className="muted learn-help">{t('learn.quiz.q.orderHelp')}</p>
            <OrderList answer={question.answer} order={order} names={(id) => part(naming, { kind: 'station', id })} onChange={setOrder} disabled={Boolean(answered)} labelledBy={promptId} />
          </>
        ) : (
          <fieldset className="learn-choices" disabled={Boolean(answered)} aria-describedby={`${promptId}-help`}>
            <legend className="learn-quiz__prompt"><Prompt question={question} naming={naming} /></legend>
            <p className="muted learn-help" id={`${promptId}-help`}>
              {question.type === 'region_lines' ? t('learn.quiz.chooseAll')
                : question.type === 'tap' ? t('learn.quiz.q.tapHelp', { line: lineName(naming, question.of) })
                  : t('learn.quiz.chooseOne')}
            </p>
            {(question.type === 'tap' || question.type === 'name_line') && !answered && (
              // On a phone the body lies above the panel: one tap brings it back to look at or tap on.
              <button type="button" className="secondary learn-to-body" onClick={() => document.getElementById('body-view')?.scrollIntoView({ block: 'start' })}>
                ↑ {t('learn.quiz.toBody')}
              </button>
            )}
            {question.type === 'tap' && regionHint && !answered && <p className="learn-hint" role="status">{t('learn.quiz.q.tapRegion')}</p>}
            {question.type === 'tap' && <p className="learn-choices__sub">{t('learn.quiz.q.tapList')}</p>}
            <div className="learn-options">
              {labels.map((label, index) => {
                const state = optionState(index);
                const multi = question.type === 'region_lines';
                return (
                  <label key={index} className={`learn-option${state ? ` learn-option--${state}` : ''}`} data-option={index} data-correct={isCorrectOption(question, index)}>
                    <input
                      type={multi ? 'checkbox' : 'radio'}
                      name={`${question.key}`}
                      checked={multi ? choices.includes(index) : choice === index}
                      onChange={() => (multi
                        ? setChoices((previous) => (previous.includes(index) ? previous.filter((i) => i !== index) : [...previous, index]))
                        : setChoice(index))}
                    />
                    <span>{label}</span>
                    {state && <span className="learn-option__mark" aria-hidden="true">{state === 'right' ? '✓' : '✗'}</span>}
                  </label>
                );
              })}
            </div>
          </fieldset>
        )}
        <div ref={(element) => { if (element && answered) element.scrollIntoView({ block: 'nearest' }); }} className="learn-feedback" role="status" aria-live="polite" data-testid="learn-feedback" data-right={answered ? String(answered.right) : undefined}>
          {answered && (
            <>
              <p className={`learn-feedback__verdict learn-feedback__verdict--${answered.right ? 'right' : 'wrong'}`}>
                {t(answered.right ? 'learn.quiz.right' : 'learn.quiz.wrong')}
              </p>
              <p>{explanation(question, answered, naming)}</p>
            </>
          )}
        </div>
        <div className="learn-quiz__actions">
          {answered ? (
            <button type="button" className="primary" autoFocus onClick={next}>{t(last ? 'learn.quiz.finish' : 'learn.quiz.next')}</button>
          ) : (
            <button type="submit" className="primary" disabled={!canCheck}>{t('learn.quiz.check')}</button>
          )}
        </div>
      </form>
    </div>
  );
}

function Score({ run }: { run: QuizRun }) {
  const t = useT();
  const content = useContent();
  const language = useExplorer((state) => state.language);
  const latin = useLearn((state) => state.progress.latin);
  const { endRun } = useLearnActions();
  const right = run.answers.filter((answered) => answered?.right).length;
  const missed = run.questions.filter((_, index) => !run.answers[index]?.right);
  const naming: Naming = { content, language, latin, t };
  return (
    <div className="learn-quiz__score" data-testid="learn-score" data-right={right} data-total={run.questions.length}>
      <h3 tabIndex={-1} ref={(element) => element?.focus()}>{t('learn.quiz.score', { right, total: run.questions.length })}</h3>
      {missed.length > 0 && (
        <>
          <p className="muted">{t('learn.quiz.scoreHelp')}</p>
          <h4>{t('learn.quiz.missed')}</h4>
          <ul className="learn-missed">
            {missed.map((question) => (
              <li key={question.key}>
                <span className="learn-missed__type">{t(`learn.quiz.type.${question.type}`)}</span>{' '}
                <Prompt question={question} naming={naming} />
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="primary" onClick={endRun}>{t('learn.quiz.again')}</button>
    </div>
  );
}

function QuizStart() {
  const t = useT();
  const content = useContent();
  const only = useLearn((state) => state.only);
  const loaded = useLearn((state) => state.progressLoaded);
  const { setOnly, beginRun } = useLearnActions();
  const start = () =>
    beginRun((progress, seed) => sessionQuestions(content, { seed, session: progress.sessions, cards: progress.cards, only }));
  return (
    <div className="learn-quiz__start">
      <p>{t('learn.quiz.intro')}</p>
      <fieldset className="learn-choices">
        <legend>{t('learn.quiz.kind')}</legend>
        <div className="learn-options learn-options--kinds">
          {[undefined, ...QUIZ_TYPES].map((type: QuizType | undefined) => (
            <label key={type ?? 'all'} className="learn-option">
              <input type="radio" name="learn-quiz-kind" value={type ?? 'all'} checked={only === type} onChange={() => setOnly(type)} />
              <span>{t(type ? `learn.quiz.type.${type}` : 'learn.quiz.all')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="button" className="primary learn-quiz__begin" disabled={!loaded} onClick={start}>{t('learn.quiz.start')}</button>
      <QuizProgress />
    </div>
  );
}

export function QuizView() {
  const run = useLearn((state) => state.run);
  // A run from a kept key that no longer fits the content is already filtered out; guard the index all the same.
  const onScreen = useMemo(() => (run && run.current < run.questions.length ? run : null), [run]);
  const { setShownLines, selectRegion, setFocus } = useExplorerActions();
  useEffect(() => {
    if (run) return;
    setShownLines([]);
    selectRegion(null);
    setFocus(null);
  }, [run, setShownLines, selectRegion, setFocus]);
  if (!run) return <QuizStart />;
  if (!onScreen) return <Score run={run} />;
  return <QuestionCard key={`${run.seed}-${run.current}`} run={onScreen} />;
}

