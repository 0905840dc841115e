import { useT } from '../../i18n/useT';
import { useViewerNotes } from '../../scene/viewerNotes';
import { useExplorer } from '../../state/explorerStore';
import { returnToStepView } from './tourPlayback';

/**
 * During a tour, once someone has turned or zoomed the body by hand (a client took the tablet), one tap brings back
 * the view the step was made for. It appears where the hint was, which fades at that same moment.
 */
export function StepViewReturn() {
  const t = useT();
  const inTour = useExplorer((state) => state.mode === 'tours' && state.scene !== null);
  const held = useViewerNotes((state) => state.cameraHeld);
  if (!inTour || !held) return null;
  return (
    <button type="button" className="stage-button step-view-return" data-testid="step-view-return" onClick={returnToStepView}>
      <span aria-hidden="true" className="stage-button__icon">↺</span>
      {t('tour.backToStep')}
    </button>
  );
}
