import { lazy, Suspense, useEffect } from 'react';
import { LazyFallbackNote as FallbackNote, LazyFlatViewer as FlatViewer } from '../body2d/lazyBody2D';
import { useWebGLAvailability, useWebGLMissingAfterFailure } from '../body2d/webglSupport';
import { useStorageNotices } from '../storage/useStorageNotices';
import { ContentContext } from '../content/ContentContext';
import { formatIssue } from '../content/formatIssue';
import type { Content, ContentIssue } from '../content/load';
import { useLoadedContent, type LoadedContent } from '../content/useLoadedContent';
import { useExplorer } from '../state/explorerStore';
import { usePreferences } from '../state/preferences';
import { startUrlSync } from '../state/urlSync';
import { useLayout } from '../layout/useLayout';
import { ErrorBoundary } from './ErrorBoundary';
import { moduleLoader } from './moduleLoader';
import { FocusCard } from './FocusCard';
import { Header } from './Header';
import { LineList } from './LineList';
import { LineRail } from './LineRail';
import { ModePanel } from '../modes/ModePanel';
import { useBodyInViewOnLight, useEscapeCloses } from './explorerEffects';
import { Notices } from './Notices';
import { StageCorners, StageToolbar } from './StageToolbar';
import { ViewerHint } from './ViewerHint';
import { StepViewReturn } from '../modes/tours/StepViewReturn';
import { useT } from '../i18n/useT';
import { ModelProgress } from '../scene/ModelProgress';
import { useEmbed } from '../modes/tours/embedState';
import { usePresentation } from '../modes/tours/presentation';
import { tourSceneIds } from '../modes/tours/sceneIds';
import { provideTourContent } from '../modes/tours/tourPlayback';

// three.js and the 3D scene load after the shell, so text and controls are there at once.
const viewerCode = moduleLoader(() => import('../scene/Viewer'));
// The presentation's band and the embed's few controls load only when used.
const PresentationLayer = lazy(() => import('../modes/tours/PresentationLayer').then((module) => ({ default: module.PresentationLayer })));
const EmbedLayer = lazy(() => import('../modes/tours/EmbedLayer').then((module) => ({ default: module.EmbedLayer })));

// The flat body map, for a device without WebGL or when the 3D view's own code cannot load.

/** The 3D view broke: the flat map with a retry, unless WebGL is missing (then the app shows its no-WebGL map). */
function ViewFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  if (useWebGLMissingAfterFailure()) return <ViewerPlaceholder />;
  return (
    <Suspense fallback={<ViewerPlaceholder />}>
      <FlatViewer note={<FallbackNote message={t('fallback.viewFailed')} onRetry={onRetry} />} />
    </Suspense>
  );
}

/** The 3D view once its code is there (three.js and the scene, loaded beside the first chunk), the progress meanwhile. */
function ThreeDViewer() {
  const code = viewerCode.useModule();
  if (!code) return <ViewerPlaceholder />;
  return (
    <code.Viewer>
      <FocusCard />
      <ViewerHint />
      <StepViewReturn />
    </code.Viewer>
  );
}

function ViewerPlaceholder() {
  return (
    <div className="viewer" data-testid="viewer" data-ready="false">
      <ModelProgress />
    </div>
  );
}

function Explorer({ content }: { content: Content }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const mode = useExplorer((state) => state.mode);
  const theme = usePreferences((state) => state.theme);
  const layout = useLayout();
  // Without WebGL (known when the 3D view fails to start) the flat map stands where the 3D body would.
  const webgl = useWebGLAvailability((state) => state.available);
  useStorageNotices();
  useEscapeCloses();
  useBodyInViewOnLight();
  const presenting = usePresentation((state) => state.presenting);
  const embedded = useEmbed((state) => state.embedded);
  useEffect(() => {
    provideTourContent(content);
    return startUrlSync(tourSceneIds(content.scenes.keys()));
  }, [content]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="app" data-layout={layout} data-mode={mode} data-presenting={presenting || undefined} data-embed={embedded || undefined}>
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
            {webgl ? (
              <ErrorBoundary
                fallback={(retry) => (
                  <ViewFailed
                    onRetry={() => {
                      viewerCode.reset();
                      retry();
                    }}
                  />
                )}
              >
                <ThreeDViewer />
              </ErrorBoundary>
            ) : (
              <Suspense fallback={<ViewerPlaceholder />}>
                <FlatViewer note={<FallbackNote message={t('fallback.noWebgl')} />}>
                  <FocusCard />
                </FlatViewer>
              </Suspense>
            )}
            <StageCorners />
          </div>
          {/* The camera bar turns the 3D body; the flat map has its own Front and Back. */}
          {webgl && <StageToolbar />}
        </section>
        {layout === 'phone' && <LineRail direction="row" />}
        <ModePanel />
      </main>
      {presenting && (
        <Suspense fallback={null}>
          <PresentationLayer />
        </Suspense>
      )}
      {embedded && (
        <Suspense fallback={null}>
          <EmbedLayer />
        </Suspense>
      )}
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
