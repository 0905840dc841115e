import { useContent } from '../../content/ContentContext';
import { useT } from '../../i18n/useT';
import { currentSearch } from '../../state/urlSync';
import { useExplorer } from '../../state/explorerStore';
import { EmbedBridge } from './EmbedBridge';
import { findTour } from './tourScenes';
import { goToStep } from './tourPlayback';
import './presentation.css';

/** The few controls of the embed: a tour's step with previous and next, and a way out to the whole app. */
export function EmbedLayer() {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const sceneId = useExplorer((state) => state.scene);
  const step = useExplorer((state) => state.step);
  const mode = useExplorer((state) => state.mode);
  const scene = mode === 'tours' ? findTour(content, sceneId) : undefined;
  const sceneStep = scene?.steps[step - 1];
  const full = `${window.location.pathname}${currentSearch().replace(/([?&])embed=1&?/, '$1').replace(/[?&]$/, '')}`;
  return (
    <div className="embed-bar" data-testid="embed-bar">
      <EmbedBridge />
      {scene && sceneStep && (
        <div className="embed-bar__step">
          <button type="button" className="secondary embed-bar__button" onClick={() => goToStep(step - 1)} disabled={step <= 1} aria-label={t('tour.previous')}>
            <span aria-hidden="true">←</span>
          </button>
          <p className="embed-bar__text">
            <strong>{sceneStep.title[language]}</strong> {sceneStep.text[language]}
          </p>
          <button type="button" className="primary embed-bar__button" onClick={() => goToStep(step + 1)} disabled={step >= scene.steps.length} aria-label={t('tour.next')}>
            <span aria-hidden="true">→</span>
          </button>
        </div>
      )}
      <a className="embed-bar__open" href={full} target="_blank" rel="noopener">{t('tour.embedOpen')} ↗</a>
    </div>
  );
}
