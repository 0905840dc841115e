import { useEffect, useRef, useState } from 'react';
import { useContent } from '../../content/ContentContext';
import type { LineId } from '../../content/ids';
import type { Scene } from '../../content/schemas';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { lineColourStyle } from '../../ui/swatch';
import { PresentButton } from './PresentButton';
import { SCENE_AUDIENCE_FILTERS, linesOfTour } from './tourPicking';
import { allTours, findTour, toursFor, type AudienceFilter } from './tourScenes';
import { closeTour, goToStep, openTour, setPlaying, useTourPlayback } from './tourPlayback';
import { StepContact, StepExercise, StepText } from './StepParts';
import { useAutoplay, useStepKeys, useStepSwipes } from './useTourControls';
import { sceneMinutes } from './stepping';
import './tours.css';

/** The colours of the lines a tour lights, as small swatches: a glance tells which part of the body it walks. */
function LineSwatches({ lines }: { lines: readonly LineId[] }) {
  const content = useContent();
  const language = useExplorer((state) => state.language);
  return (
    <span className="tour-card__lines">
      {lines.map((id) => (
        <span key={id} className="tour-swatch" style={lineColourStyle(content.lines[id].colour)} title={content.lines[id].names[language]}>
          {content.lines[id].abbreviation[language]}
        </span>
      ))}
    </span>
  );
}

/** The first step's view as a small figure seen from that side. */
function FirstView({ scene }: { scene: Scene }) {
  const camera = scene.steps[0]?.camera;
  const view = camera && 'view' in camera ? camera.view : 'front';
  return (
    <svg className={`tour-card__figure tour-card__figure--${view}`} viewBox="0 0 24 48" aria-hidden="true">
      <circle cx="12" cy="6" r="4.2" />
      <path d="M6 14c0-2 2.5-3.2 6-3.2s6 1.2 6 3.2l1.4 13h-2.6L16 18.5 15.6 46h-3l-.6-16-.6 16h-3L8 18.5 7.2 27H4.6L6 14Z" />
      {view !== 'front' && <circle cx={view === 'left' ? 9.5 : view === 'right' ? 14.5 : 12} cy="6" r="1.2" className="tour-card__face" />}
    </svg>
  );
}

function TourCard({ scene }: { scene: Scene }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const minutes = sceneMinutes(scene, language);
  return (
    <li className="tour-card" data-scene={scene.id} data-audience={scene.audience}>
      <a
        className="tour-card__link"
        href={`?mode=tours&scene=${scene.id}&step=1&lang=${language}`}
        onClick={(event) => {
          event.preventDefault();
          openTour(scene.id);
        }}
      >
        <FirstView scene={scene} />
        <span className="tour-card__body">
          <span className="tour-card__kind">{t(`tour.kind.${scene.kind}`)} · {t(`tour.for.${scene.audience}`)}</span>
          <strong className="tour-card__title">{scene.title[language]}</strong>
          <span className="tour-card__summary">{scene.summary[language]}</span>
          <span className="tour-card__meta">
            <span>{t('tour.length', { steps: scene.steps.length, minutes })}</span>
            <LineSwatches lines={linesOfTour(scene)} />
          </span>
        </span>
      </a>
    </li>
  );
}

function TourPicker() {
  const content = useContent();
  const t = useT();
  const [audience, setAudience] = useState<AudienceFilter>('all');
  const tours = toursFor(allTours(content), audience);
  return (
    <section className="panel tour-picker" aria-labelledby="tour-picker-title">
      <header className="panel__head">
        <h2 id="tour-picker-title">{t('tour.picker.title')}</h2>
      </header>
      <p className="muted tour-picker__intro">{t('tour.picker.intro')}</p>
      <div className="segmented tour-filter" role="group" aria-label={t('tour.filter')}>
        {SCENE_AUDIENCE_FILTERS.map((option) => (
          <button key={option} type="button" aria-pressed={audience === option} onClick={() => setAudience(option)}>
            {t(`tour.audience.${option}`)}
          </button>
        ))}
      </div>
      {tours.length === 0 ? <p className="muted">{t('tour.empty')}</p> : <ul className="tour-cards">{tours.map((scene) => <TourCard key={scene.id} scene={scene} />)}</ul>}
    </section>
  );
}

/** Dots for the steps: each names its step (for a screen reader and on hover), the current one is marked. */
export function StepDots({ scene, step }: { scene: Scene; step: number }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  return (
    <ol className="step-dots" aria-label={t('tour.steps')}>
      {scene.steps.map((sceneStep, index) => {
        const label = t('tour.goToStep', { step: index + 1, title: sceneStep.title[language] });
        return (
          <li key={index}>
            <button
              type="button"
              className="step-dot"
              aria-label={label}
              title={label}
              aria-current={index + 1 === step ? 'step' : undefined}
              onClick={() => goToStep(index + 1)}
            />
          </li>
        );
      })}
    </ol>
  );
}

export function PlayButton({ className = 'secondary' }: { className?: string }) {
  const t = useT();
  const playing = useTourPlayback((state) => state.playing);
  return (
    <button type="button" className={`${className} tour-play`} aria-pressed={playing} onClick={() => setPlaying(!playing)} title={t('tour.playHelp')}>
      <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {t(playing ? 'tour.pause' : 'tour.play')}
    </button>
  );
}

function TourPlayer({ scene }: { scene: Scene }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const step = useExplorer((state) => state.step);
  const sceneStep = scene.steps[step - 1] ?? scene.steps[0]!;
  const count = scene.steps.length;
  // A screen reader hears the new step: focus stays on the button pressed, the text region is live.
  return (
    <section className="panel tour-player" aria-labelledby="tour-title" data-scene={scene.id} data-step={step}>
      <header className="panel__head tour-player__head">
        <button type="button" className="secondary tour-back" onClick={closeTour} aria-label={t('tour.allTours')}>
          <span aria-hidden="true">←</span> {t('tour.picker.title')}
        </button>
        <PresentButton className="secondary" />
      </header>
      <p className="tour-player__kind">{t(`tour.kind.${scene.kind}`)} · {t(`tour.for.${scene.audience}`)}</p>
      <h2 id="tour-title" className="tour-player__title">{scene.title[language]}</h2>
      <div className="tour-step" aria-live="polite">
        <p className="tour-step__count">{t('tour.stepOf', { step, count })}</p>
        <h3 className="tour-step__title" data-testid="tour-step-title">{sceneStep.title[language]}</h3>
        <StepText passage={sceneStep.text} />
        {sceneStep.exercise && <StepExercise id={sceneStep.exercise} />}
        {sceneStep.contact && <StepContact />}
        {step === count && <p className="tour-step__end muted">{t('tour.end')}</p>}
      </div>
      <StepDots scene={scene} step={step} />
      <div className="tour-controls">
        <button type="button" className="secondary tour-step-button" onClick={() => goToStep(step - 1)} disabled={step <= 1} aria-label={t('tour.previous')}>
          <span aria-hidden="true">←</span>
        </button>
        <PlayButton />
        {step < count ? (
          <button type="button" className="primary tour-step-button" onClick={() => goToStep(step + 1)} aria-label={t('tour.next')}>
            <span aria-hidden="true">→</span>
          </button>
        ) : (
          <button type="button" className="secondary tour-step-button tour-again" onClick={() => goToStep(1)} aria-label={t('tour.again')} title={t('tour.again')}>
            <span aria-hidden="true">↺</span>
          </button>
        )}
      </div>
      <p className="muted tour-hint">{t('tour.swipeHint')}</p>
    </section>
  );
}

/** The tours mode's panel: the picker, or the open tour's player. Keys, swipes and autoplay work while a tour is open. */
export function ToursPanel() {
  const content = useContent();
  const sceneId = useExplorer((state) => state.scene);
  // Rebuilt on every render: a line tour's long texts (the evidence note) are filled into the content after start.
  const scene = sceneId ? findTour(content, sceneId) : undefined;
  const open = scene !== undefined;
  useStepKeys(open);
  useStepSwipes(open);
  useAutoplay();
  const top = useRef<HTMLDivElement>(null);
  const opened = scene?.id;
  useEffect(() => {
    // A newly opened tour or the picker starts at the top of the panel.
    top.current?.closest('.detail')?.scrollTo?.({ top: 0 });
  }, [opened]);
  return <div ref={top}>{scene ? <TourPlayer scene={scene} /> : <TourPicker />}</div>;
}
