import { useEffect, useState, type CSSProperties } from 'react';
import type { ViewId } from '../content/schemas';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { usePreferences, type Theme } from '../state/preferences';

const VIEWS: readonly [ViewId, string][] = [
  ['front', 'camera.front'],
  ['back', 'camera.back'],
  ['left', 'camera.left'],
  ['right', 'camera.right'],
];

/** One press of a zoom button moves the camera a fifth nearer (or back out). */
const ZOOM_STEP = 0.8;

/** Camera buttons over the 3D view: four sides, zoom in and out, and a named reset to the whole body. */
export function CameraButtons() {
  const t = useT();
  const { moveCamera } = useExplorerActions();
  return (
    <div className="camera-buttons" role="toolbar" aria-label={t('camera.title')}>
      {VIEWS.map(([view, key]) => (
        <button key={view} type="button" onClick={() => moveCamera({ kind: 'view', view })}>
          {t(key)}
        </button>
      ))}
      <button type="button" className="camera-buttons__zoom" aria-label={t('camera.zoomOut')} title={t('camera.zoomOut')} onClick={() => moveCamera({ kind: 'zoom', factor: 1 / ZOOM_STEP })}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="camera-buttons__zoom" aria-label={t('camera.zoomIn')} title={t('camera.zoomIn')} onClick={() => moveCamera({ kind: 'zoom', factor: ZOOM_STEP })}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="camera-buttons__reset" onClick={() => moveCamera({ kind: 'view', view: 'front' })}>
        <span aria-hidden="true">⟲ </span>
        {t('camera.reset')}
      </button>
    </div>
  );
}

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Light for the practice room, dark for a dim one; automatic follows the device. */
function ThemeChoice() {
  const t = useT();
  const theme = usePreferences((state) => state.theme);
  const { setTheme } = usePreferences((state) => state.actions);
  return (
    <div className="theme-choice">
      <span id="theme-label">{t('theme.label')}</span>
      <div className="segmented segmented--small" role="group" aria-labelledby="theme-label">
        {THEMES.map((option) => (
          <button key={option} type="button" aria-pressed={theme === option} onClick={() => setTheme(option)}>
            {t(`theme.${option}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Skin opacity (x-ray), track depths, stations. */
export function LayerControls() {
  const t = useT();
  const skinOpacity = usePreferences((state) => state.skinOpacity);
  const showStations = usePreferences((state) => state.showStations);
  const showLabels = usePreferences((state) => state.showLabels);
  const { setSkinOpacity, setShowStations, setShowLabels } = usePreferences((state) => state.actions);
  const tracks = useExplorer((state) => state.tracks);
  const { setTrackLayer } = useExplorerActions();
  const seeThrough = 100 - Math.round(skinOpacity * 100);
  // While a finger or the mouse is on the slider, the rest of the panel steps aside so the body shows what it does.
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (!dragging) return;
    // A finger lifted off the slider, outside it, still ends the drag.
    const stop = () => setDragging(false);
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
    return () => {
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
    };
  }, [dragging]);
  return (
    <section className={dragging ? 'layers layers--dragging' : 'layers'} aria-labelledby="layers-title">
      <h2 id="layers-title">{t('layers.title')}</h2>
      {/* The slider reads as its ends say: at "Skin" the skin is whole, toward "X-ray" it turns see-through. */}
      <label className="slider">
        <span>{t('layers.skin')}</span>
        <input
          type="range"
          min={0}
          max={95}
          step={5}
          value={seeThrough}
          aria-valuetext={t('layers.seeThrough', { percent: seeThrough })}
          onChange={(event) => setSkinOpacity((100 - Number(event.target.value)) / 100)}
          onPointerDown={() => setDragging(true)}
        />
        <span className="slider__end">{t('layers.xray')}</span>
      </label>
      <div className="toggles">
        <label className="toggle">
          <input type="checkbox" checked={tracks.superficial} onChange={(event) => setTrackLayer('superficial', event.target.checked)} />
          {t('layers.superficial')}
        </label>
        <label className="toggle">
          <input type="checkbox" checked={tracks.deep} onChange={(event) => setTrackLayer('deep', event.target.checked)} />
          {t('layers.deep')}
        </label>
        <label className="toggle">
          <input type="checkbox" checked={showStations} onChange={(event) => setShowStations(event.target.checked)} />
          {t('layers.stations')}
        </label>
        <label className="toggle">
          <input type="checkbox" checked={showLabels} onChange={(event) => setShowLabels(event.target.checked)} />
          {t('layers.labels')}
        </label>
      </div>
      <ThemeChoice />
    </section>
  );
}

/** Round dots as the body draws a deep stretch (ribbonMaterial.ts), in the legend's ink. */
const DOTTED_SWATCH: CSSProperties = {
  background: 'radial-gradient(circle, var(--text) 0 2px, transparent 2.5px) 0 50% / 8px 4px repeat-x',
};

/** The Key: solid and dashed stretches (evidence), dotted ones (deep, under the surface). */
export function EvidenceLegend() {
  const t = useT();
  return (
    <div className="legend" aria-label={t('legend.title')}>
      <span className="legend__item" title={t('legend.confirmed')}>
        <span className="legend__solid" aria-hidden="true" />
        <span className="legend__long">{t('legend.confirmed')}</span>
        <span className="legend__short" aria-hidden="true">{t('legend.confirmedShort')}</span>
      </span>
      <span className="legend__item" title={t('legend.unconfirmed')}>
        <span className="legend__dashed" aria-hidden="true" />
        <span className="legend__long">{t('legend.unconfirmed')}</span>
        <span className="legend__short" aria-hidden="true">{t('legend.unconfirmedShort')}</span>
      </span>
      <span className="legend__item" title={t('legend.deep')}>
        <span className="legend__solid" style={DOTTED_SWATCH} aria-hidden="true" />
        <span className="legend__long">{t('legend.deep')}</span>
        <span className="legend__short" aria-hidden="true">{t('legend.deepShort')}</span>
      </span>
    </div>
  );
}
