import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useLongTextsSettled } from '../content/runtime';
import { useT } from '../i18n/useT';
import { useExplorer } from '../state/explorerStore';
import { DetailPanel } from '../ui/DetailPanel';
import type { AppMode } from './modes';

// Each mode's code loads when the mode is first opened, not at start (issue 12: only the first frame's needs first).
const PANELS: Record<Exclude<AppMode, 'explore'>, LazyExoticComponent<ComponentType>> = {
  tours: lazy(() => import('./tours/ToursPanel').then((module) => ({ default: module.ToursPanel }))),
  trace: lazy(() => import('./trace/TracePanel').then((module) => ({ default: module.TracePanel }))),
  learn: lazy(() => import('./learn/LearnPanel').then((module) => ({ default: module.LearnPanel }))),
};

function PanelLoading() {
  const t = useT();
  return <p className="muted mode-loading" role="status">{t('mode.loading')}</p>;
}

/** The panel beside (or under) the body for the mode on screen; the explorer's own panel in explore mode. */
export function ModePanel() {
  const mode = useExplorer((state) => state.mode);
  const language = useExplorer((state) => state.language);
  const textsIn = useLongTextsSettled((state) => state.languages.includes(language));
  if (mode === 'explore') return <DetailPanel />;
  const Panel = PANELS[mode];
  // A mode's panel works with the long texts (a trace's client quotes, a tour's steps, a quiz's explanations): built
  // before they are in, it would show and keep less (they arrive a moment after opening).
  return (
    <div className="detail" id="detail" data-mode={mode}>
      {textsIn ? (
        <Suspense fallback={<PanelLoading />}>
          <Panel />
        </Suspense>
      ) : (
        <PanelLoading />
      )}
    </div>
  );
}
