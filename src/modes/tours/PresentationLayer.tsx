import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useContent } from '../../content/ContentContext';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { lineColourStyle } from '../../ui/swatch';
import { leavePresentation } from './presentation';
import { StepText } from './StepParts';
import { findTour } from './tourScenes';
import { goToStep, setPlaying, useTourPlayback } from './tourPlayback';
import './presentation.css';
import './tours.css';

/** In a presentation without a tour: the names of the lit lines, so the person across the table can follow. */
function LitLines() {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const shown = useExplorer(useShallow((state) => state.shownLines.map((line) => line.id)));
  if (shown.length === 0) return <p className="presentation__lines muted">{t('tour.presentingNone')}</p>;
  return (
    <ul className="presentation__lines" aria-label={t('lines.title')}>
      {shown.map((id) => (
        <li key={id} className="presentation__line" style={lineColourStyle(content.lines[id].colour)}>
          <span className="line-toggle__swatch" aria-hidden="true" /> {content.lines[id].names[language]}
        </li>
      ))}
    </ul>
  );
}

/**
 * The band under the body while presenting: the step's text in large type and big controls (previous, next, pause,
 * leave). Escape leaves, before anything else on the page takes the key.
 */
export function PresentationLayer() {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const mode = useExplorer((state) => state.mode);
  const sceneId = useExplorer((state) => state.scene);
  const step = useExplorer((state) => state.step);
  const playing = useTourPlayback((state) => state.playing);
  const scene = mode === 'tours' ? findTour(content, sceneId) : undefined;
  const sceneStep = scene?.steps[step - 1];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      leavePresentation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <section className="presentation" aria-label={t('tour.present')} data-testid="presentation" data-shows={scene && sceneStep ? 'step' : 'lines'}>
      <div className="presentation__words">
        {scene && sceneStep ? (
          <>
            <p className="presentation__count">
              {t('tour.stepOf', { step, count: scene.steps.length })} · <strong>{sceneStep.title[language]}</strong>
            </p>
            <StepText passage={sceneStep.text} className="presentation__text" />
          </>
        ) : (
          <LitLines />
        )}
      </div>
      <div className="presentation__controls">
        {scene && (
          <>
            <button type="button" className="presentation__button" onClick={() => goToStep(step - 1)} disabled={step <= 1} aria-label={t('tour.previous')}>
              <span aria-hidden="true">←</span>
            </button>
            <button type="button" className="presentation__button" onClick={() => setPlaying(!playing)} aria-pressed={playing} aria-label={t(playing ? 'tour.pause' : 'tour.play')}>
              <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
            </button>
            <button type="button" className="presentation__button presentation__button--next" onClick={() => goToStep(step + 1)} disabled={step >= scene.steps.length} aria-label={t('tour.next')}>
              <span aria-hidden="true">→</span>
            </button>
          </>
        )}
        <button type="button" className="presentation__button presentation__button--leave" onClick={leavePresentation} aria-label={t('tour.leaveHelp')} title={t('tour.leaveHelp')}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </section>
  );
}
