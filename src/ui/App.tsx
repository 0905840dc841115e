import { lazy, Suspense, useEffect, useRef } from 'react';
import { ContentContext } from '../content/ContentContext';
import { formatIssue } from '../content/formatIssue';
import type { Content, ContentIssue } from '../content/load';
import { useLoadedContent, type LoadedContent } from '../content/useLoadedContent';
import { useExplorer } from '../state/explorerStore';
import { usePreferences } from '../state/preferences';
import { startUrlSync } from '../state/urlSync';
import { EmptyPanel } from './EmptyPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { FocusCard } from './FocusCard';
import { Header } from './Header';
import { LineList } from './LineList';
import { LinePanel } from './LinePanel';
import { Notices } from './Notices';
import { RegionPanel } from './RegionPanel';
import { RegionPicker } from './RegionPicker';
import { CameraButtons, EvidenceLegend, LayerControls } from './ViewControls';
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
  const region = useExplorer((state) => state.region);
  const lineDetail = useExplorer((state) => state.lineDetail);
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
    // On a phone the panel may be off screen (the line list is below it): bring its top into view.
    const top = element.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 80) element.scrollIntoView({ block: 'start' });
    // Screen readers land on the new heading.
    element.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus({ preventScroll: true });
  }, [region, lineDetail]);
  return (
    <div className="detail" id="detail" ref={panel}>
      {region ? <RegionPanel region={region} /> : lineDetail ? <LinePanel lineId={lineDetail} /> : <EmptyPanel />}
    </div>
  );
}

function Explorer({ content }: { content: Content }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const theme = usePreferences((state) => state.theme);
  const hasLines = useExplorer((state) => state.shownLines.length > 0);
  useEffect(() => startUrlSync(new Set(content.scenes.keys())), [content]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app">
      <a className="skip-link" href="#detail">{t('app.skipToPanel')}</a>
      <Header />
      <Notices />
      <main className="workspace">
        <aside className="sidebar">
          <LineList />
          <RegionPicker />
          <LayerControls />
        </aside>
        <section className="stage" aria-label={t('viewer.label')}>
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
              <CameraButtons />
              {hasLines && <EvidenceLegend />}
              <FocusCard />
              <p className="viewer__hint" aria-hidden="true">{t('viewer.hint')}</p>
            </Viewer>
          </Suspense>
          </ErrorBoundary>
        </section>
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
