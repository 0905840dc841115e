import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { LineId } from '../content/ids';
import { useShallow } from 'zustand/react/shallow';
import { ContentContext } from '../content/ContentContext';
import { formatIssue } from '../content/formatIssue';
import type { Content, ContentIssue } from '../content/load';
import { useLoadedContent, type LoadedContent } from '../content/useLoadedContent';
import { useExplorer } from '../state/explorerStore';
import { usePreferences } from '../state/preferences';
import { startUrlSync } from '../state/urlSync';
import { escapeCloses, panelContent } from '../explorer/panel';
import { useLayout } from '../layout/useLayout';
import { EmptyPanel } from './EmptyPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { FocusCard } from './FocusCard';
import { Header } from './Header';
import { LineList } from './LineList';
import { LinePanel } from './LinePanel';
import { LineRail } from './LineRail';
import { LineStory } from './LineStory';
import { Notices } from './Notices';
import { RegionPanel } from './RegionPanel';
import { SheetHandle } from './SheetHandle';
import { StageCorners, StageToolbar } from './StageToolbar';
import { ViewerHint } from './ViewerHint';
import { useT } from '../i18n/useT';
import { ModelProgress } from '../scene/ModelProgress';

// three.js and the 3D scene load after the shell, so text and controls are there at once.
const Viewer = lazy(() => import('../scene/Viewer').then((module) => ({ default: module.Viewer })));

function ViewerPlaceholder() {
  return (
    <div className="viewer" data-testid="viewer" data-ready="false">
      <ModelProgress />
    </div>
  );
}

function DetailPanel() {
  const shown = useExplorer(useShallow((state) => panelContent(state)));
  const litIds = useExplorer(useShallow((state) => state.shownLines.map((line) => line.id)));
  // The story picked from the row of lit lines; the line lit last once that one is switched off.
  const [picked, setStoryLine] = useState<LineId | null>(null);
  const storyLine = picked && litIds.includes(picked) ? picked : null;
  // Lines are kept in canonical order, so "lit last" is not "just lit": follow the one that was just switched on.
  const previousLit = useRef(litIds);
  useEffect(() => {
    const added = litIds.filter((id) => !previousLit.current.includes(id));
    previousLit.current = litIds;
    if (added.length === 1 && added[0]) setStoryLine(added[0]);
  }, [litIds]);
  const key = shown.kind === 'region' ? shown.region : shown.kind === 'start' ? 'start' : `${shown.kind}-${shown.lineId}`;
  const panel = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    element.scrollTo({ top: 0 });
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A story appears when a line is lit: it must not pull the page away from the body the person is looking at.
    if (key.startsWith('story-') || key === 'start') return;
    // On a phone the panel may be off screen below the body: bring its top into view.
    const top = element.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 80) element.scrollIntoView({ block: 'start' });
    // Screen readers land on the new heading.
    element.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus({ preventScroll: true });
  }, [key]);
  return (
    <div className="detail" id="detail" ref={panel}>
      <SheetHandle panel={panel} />
      {shown.kind === 'region' ? (
        <RegionPanel region={shown.region} />
      ) : shown.kind === 'line' ? (
        <LinePanel lineId={shown.lineId} />
      ) : shown.kind === 'story' ? (
        <LineStory lineId={storyLine ?? shown.lineId} onPick={setStoryLine} />
      ) : (
        <EmptyPanel />
      )}
    </div>
  );
}

/**
 * On a scrolling page (phone, tablet portrait), lighting a line from far down the panel brings the body back into view,
 * so the person sees the line light up; the sheet's grip takes them back to where they were reading.
 */
function useBodyInViewOnLight() {
  useEffect(
    () =>
      useExplorer.subscribe(
        (state) => state.shownLines.length,
        (count, before) => {
          if (count <= before) return;
          const stage = document.querySelector('.stage');
          if (!stage || stage.getBoundingClientRect().bottom > 120) return;
          const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
          window.scrollTo({ top: 0, behavior: reduced ? 'auto' : 'smooth' });
        },
      ),
    [],
  );
}

/** Escape closes the open region, then the open line page (a popover or the search take their own Escape first). */
function useEscapeCloses() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      const state = useExplorer.getState();
      const closes = escapeCloses(state);
      if (closes === 'region') state.actions.selectRegion(null);
      else if (closes === 'line') state.actions.openLineDetail(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function Explorer({ content }: { content: Content }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const theme = usePreferences((state) => state.theme);
  const layout = useLayout();
  useEscapeCloses();
  useBodyInViewOnLight();
  useEffect(() => startUrlSync(new Set(content.scenes.keys())), [content]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app" data-layout={layout}>
      <a className="skip-link" href="#detail">{t('app.skipToPanel')}</a>
      <a
        className="skip-link"
        href="#body-view"
        onClick={(event) => {
          // The 3D view takes the keys (arrows turn, +/− zoom): land on it, not just scroll to it.
          const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="viewer"] canvas');
          if (!canvas) return;
          event.preventDefault();
          canvas.focus();
        }}
      >
        {t('app.skipToBody')}
      </a>
      <Header />
      <Notices />
      <main className="workspace">
        {layout === 'laptop' ? (
          <aside className="sidebar">
            <LineList />
          </aside>
        ) : (
          layout === 'tablet' && <LineRail direction="column" />
        )}
        <section className="stage" id="body-view" aria-label={t('viewer.label')}>
          <div className="stage__view">
            <ErrorBoundary
              fallback={(retry) => (
                <div className="viewer" data-testid="viewer" data-ready="false">
                  <div className="viewer__overlay viewer__error" role="alert">
                    <p>{t('viewer.error')}</p>
                    <p className="muted">{t('viewer.errorHelp')}</p>
                    <button type="button" className="secondary" onClick={retry}>{t('viewer.retry')}</button>
                  </div>
                </div>
              )}
            >
              <Suspense fallback={<ViewerPlaceholder />}>
                <Viewer>
                  <FocusCard />
                  <ViewerHint />
                </Viewer>
              </Suspense>
            </ErrorBoundary>
            <StageCorners />
          </div>
          <StageToolbar />
        </section>
        {layout === 'phone' && <LineRail direction="row" />}
        <DetailPanel />
      </main>
    </div>
  );
}

function ContentErrors({ issues }: { issues: readonly ContentIssue[] }) {
  return (
    <main className="content-error" role="alert">
      <h1>Some content could not be read · Een deel van de inhoud kon niet worden gelezen</h1>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}><code>{formatIssue(issue)}</code></li>
        ))}
      </ul>
    </main>
  );
}

/** `initial`: the content main.tsx loaded before the first render, in the language the app starts in. */
export function App({ initial }: { initial: LoadedContent }) {
  // A change of textsVersion re-renders the tree below, so panels show the long texts filled in after start.
  const { result } = useLoadedContent(initial);
  if (!result.ok) return <ContentErrors issues={result.issues} />;
  return (
    <ContentContext.Provider value={result.content}>
      <Explorer content={result.content} />
    </ContentContext.Provider>
  );
}
