// First: three's loader must know about the app's own download of the model before BodyModel preloads it.
import './bodyModelBytes';
import { Canvas, useFrame } from '@react-three/fiber';
import { Suspense, memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
// The flat map stands in only when the 3D view breaks, so its code is not part of the 3D view's download.
import { LazyBody2D as Body2D, LazyFallbackNote as FallbackNote } from '../body2d/lazyBody2D';
import { useWebGLMissingAfterFailure } from '../body2d/webglSupport';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useShallow } from 'zustand/react/shallow';
import { useContent } from '../content/ContentContext';
import { drawnLines } from '../explorer/highlight';
import { useT } from '../i18n/useT';
import { useExplorer } from '../state/explorerStore';
import { usePreferences } from '../state/preferences';
import { usePrefersReducedMotion } from '../ui/usePrefersReducedMotion';
import { ModeSceneLayer } from '../modes/ModeSceneLayer';
import type { Object3D } from 'three';
import { BODY_MODEL_URL, BodyModel, useBodyIndex } from './BodyModel';
import { clearGltf } from './bodyGltf';
import { buildSkinOffThread, finishIndexing, type BodyIndex } from './modelIndex';
import { browserWhenIdle } from './idleQueue';
import { ContextLossWatch } from './contextLoss';
import { RendererProbe } from './rendererProbe';
import { eagerResizeObserver } from './eagerResizeObserver';
import { retryModelDownload } from './modelDownload';
import { CameraRig } from './CameraRig';
import { preloadPickFlash } from './PickFlash';
import { AdaptivePixelRatio } from './AdaptivePixelRatio';
import { BehindNote } from './BehindNote';
import { LineRibbons } from './LineRibbons';
import { ModelProgress } from './ModelProgress';
import { RegionGlow } from './RegionGlow';
import { StudioLight } from './StudioLight';
import { ViewerDescription } from './ViewerDescription';

declare global {
  interface Window {
    /** Frames drawn so far; browser tests read it to check that an idle scene draws nothing. */
    __fasciaFrames?: number;
  }
}

/** Counts frames and says "ready" once the body is on screen. */
function FrameSignal() {
  useFrame(() => {
    window.__fasciaFrames = (window.__fasciaFrames ?? 0) + 1;
    if (window.__fasciaFrames === 1) performance.mark('fascia:first-frame');
    if (!useExplorer.getState().viewerReady) {
      // The frame is drawn right after the callbacks; mark ready on the next tick so it is really on screen.
      requestAnimationFrame(() => useExplorer.getState().actions.setViewerReady(true));
    }
  });
  return null;
}

// For the benchmark's timeline: when three.js and the scene's code have been evaluated.
performance.mark('fascia:viewer-module');

const VIEW_RESIZE = {
  debounce: 0,
  ...(typeof ResizeObserver === 'undefined' ? {} : { polyfill: eagerResizeObserver(ResizeObserver) }),
};

const buildSkinInWorker = (index: BodyIndex) =>
  buildSkinOffThread(index, (geometry) => import('./skinWorker').then(({ buildTreeInWorker }) => buildTreeInWorker(geometry)));

/**
 * Nothing until the model is loaded and indexed, then the body at once (no Suspense: see bodyGltf.ts). Memoised: the
 * app re-renders when the long texts arrive, which the scene does not show, and every re-render of its three.js
 * elements draws a frame (new handlers and props), a frame an idle tablet should not spend.
 */
const BodyScene = memo(function BodyScene({ reducedMotion }: { reducedMotion: boolean }) {
  const body = useBodyIndex();
  return body ? <LoadedBody scene={body.scene} index={body.index} reducedMotion={reducedMotion} /> : null;
});

/**
 * Picking trees and the skin's projection tree are built after the body is on screen, when the page is idle (the
 * skin's, the largest, in a worker where there are workers). Its own component, so "ready" re-renders nothing else.
 */
function IndexingWhenReady({ index }: { index: BodyIndex }) {
  const ready = useExplorer((state) => state.viewerReady);
  useEffect(() => {
    if (!ready) return;
    void finishIndexing(index, browserWhenIdle, typeof Worker === 'undefined' ? undefined : buildSkinInWorker);
    browserWhenIdle(preloadPickFlash);
  }, [ready, index]);
  return null;
}

function LoadedBody({ scene, index, reducedMotion }: { scene: Object3D; index: BodyIndex; reducedMotion: boolean }) {
  const content = useContent();
  const shownLines = useExplorer(useShallow((state) => state.shownLines));
  const drawn = useMemo(() => drawnLines(shownLines, content), [shownLines, content]);
  const showStations = usePreferences((state) => state.showStations);
  // A trace shows the client's own spots, not the stations' anatomical names (the user test found them in client view).
  const labelsChosen = usePreferences((state) => state.showLabels);
  const tracing = useExplorer((state) => state.mode) === 'trace';
  const showLabels = labelsChosen && !tracing;
  return (
    <>
      <IndexingWhenReady index={index} />
      <BodyModel content={content} drawn={drawn} scene={scene} index={index} />
      <RegionGlow index={index} />
      <LineRibbons content={content} drawn={drawn} index={index} reducedMotion={reducedMotion} showStations={showStations} showLabels={showLabels} />
      <CameraRig index={index} reducedMotion={reducedMotion} />
      <ModeSceneLayer index={index} reducedMotion={reducedMotion} />
      <FrameSignal />
    </>
  );
}

/**
 * The model failed, was cut off or corrupt (or the view broke): the flat map meanwhile, and a retry that downloads
 * the model again rather than reusing the broken copy. Where WebGL itself is missing, the app's flat map instead.
 */
function ModelFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  if (useWebGLMissingAfterFailure()) return null;
  return (
    <Suspense fallback={null}>
      <Body2D
        note={
          <FallbackNote
            message={t('fallback.modelFailed')}
            onRetry={() => {
              clearGltf(BODY_MODEL_URL);
              void retryModelDownload();
              onRetry();
            }}
          />
        }
      />
    </Suspense>
  );
}

/** The 3D view: `data-ready="true"` once the body is loaded and drawn (browser tests rely on it). */
export function Viewer({ children }: { children?: ReactNode }) {
  const t = useT();
  const ready = useExplorer((state) => state.viewerReady);
  const reducedMotion = usePrefersReducedMotion();
  const [attempt, setAttempt] = useState(0);
  // A lost WebGL context: a note while it is away, then a fresh Canvas (contextLoss.tsx).
  const [contextLost, setContextLost] = useState(false);
  const [canvasKey, setCanvasKey] = useState(0);
  const onContextLost = useCallback(() => setContextLost(true), []);
  const onContextRestored = useCallback(() => {
    setContextLost(false);
    setCanvasKey((key) => key + 1);
  }, []);
  useEffect(() => {
    performance.mark('fascia:viewer-mounted');
    return () => useExplorer.getState().actions.setViewerReady(false);
  }, []);

  return (
    <div className="viewer" data-testid="viewer" data-ready={ready ? 'true' : 'false'} data-context-lost={contextLost ? 'true' : undefined}>
      <ErrorBoundary
        key={attempt}
        fallback={() => <ModelFailed onRetry={() => setAttempt((n) => n + 1)} />}
      >
        <Canvas
          key={canvasKey}
          frameloop="demand"
          dpr={[1, 2]}
          camera={{ fov: 30, near: 0.05, far: 30, position: [0, 1, 4] }}
          gl={{ antialias: true, alpha: true, powerPreference: 'high-performance' }}
          // The first size is taken at once, not 50 ms later (R3F's scroll debounce, which its resize observer
          // shares) nor at the next frame (eagerResizeObserver.ts): the renderer is created after that first size.
          resize={VIEW_RESIZE}
          // Reading each program's info log makes the first frame wait for every compile in turn; the build's
          // shaders are three's own, so only development checks them. (compileAsync with the body hidden until
          // compiled was tried: 20 s instead of 7 s to the body drawn in software GL, so the first frame compiles.)
          onCreated={({ gl }) => {
            performance.mark('fascia:context');
            gl.debug.checkShaderErrors = import.meta.env.DEV;
          }}
        >
          <StudioLight />
          <AdaptivePixelRatio />
          <ContextLossWatch onLost={onContextLost} onRestored={onContextRestored} />
          <RendererProbe />
          <Suspense fallback={null}>
            <BodyScene reducedMotion={reducedMotion} />
          </Suspense>
        </Canvas>
        {!ready && <ModelProgress />}
        {contextLost && (
          <div className="viewer__overlay" role="status">
            <p>{t('fallback.restoring')}</p>
          </div>
        )}
      </ErrorBoundary>
      <ViewerDescription />
      <BehindNote />
      {children}
    </div>
  );
}
