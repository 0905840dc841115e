import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { REGION_IDS, type RegionId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { drawnLines } from '../explorer/highlight';
import { useT } from '../i18n/useT';
import { markersOf, useBodyMarkers } from '../modes/bodyMarkers';
import { modeTakesRegionTap } from '../modes/bodyTap';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { useRegionName } from '../ui/RegionPanel';
import bodyMap from './bodyMap.json';
import type { BodyMapData, BodyView } from './bodyMapData';
import { mapLines, pathCentre, pointsAttribute } from './mapLines';
import './body2d.css';

const MAP = bodyMap as unknown as BodyMapData;
/** Line width on the map in millimetres of body: about 3 px at a phone's map height. */
const LINE_WIDTH = 11;

/** The view that shows a region, preferring the one on screen. */
export function viewShowing(region: RegionId, current: BodyView): BodyView {
  if (MAP.views[current].regions[region]) return current;
  return current === 'front' ? 'back' : 'front';
}

/**
 * The flat body map, front or back: regions to tap (or reach with Tab and Enter), the lit lines along their
 * stations, the open region and the marks of the mode on screen. It drives the same store as the 3D body.
 */
export function Body2D({ note }: { note?: ReactNode }) {
  const t = useT();
  const content = useContent();
  const regionName = useRegionName();
  const shownLines = useExplorer(useShallow((state) => state.shownLines));
  const region = useExplorer((state) => state.region);
  const mode = useExplorer((state) => state.mode);
  const markers = useBodyMarkers((state) => markersOf(state.byMode, mode));
  const { tapRegion } = useExplorerActions();
  const [view, setView] = useState<BodyView>('front');
  const cameraCommand = useExplorer((state) => state.camera);
  const drawn = useMemo(() => drawnLines(shownLines, content), [shownLines, content]);
  const lines = useMemo(() => mapLines(drawn, MAP, view), [drawn, view]);
  const regions = MAP.views[view].regions;

  // A region opened elsewhere (a link, the list) that lies on the other side turns the map over.
  // (Adjusted while rendering, as React advises for state that follows a prop.)
  const [regionSeen, setRegionSeen] = useState(region);
  if (region !== regionSeen) {
    setRegionSeen(region);
    if (region) setView(viewShowing(region, view));
  }
  // The camera bar's Front and Back (still there when the 3D body failed) turn the map too.
  const [commandSeen, setCommandSeen] = useState(cameraCommand);
  if (cameraCommand !== commandSeen) {
    setCommandSeen(cameraCommand);
    const target = cameraCommand.target;
    if (target.kind === 'view' && (target.view === 'front' || target.view === 'back')) setView(target.view);
  }

  const tap = (id: RegionId) => {
    if (modeTakesRegionTap(id)) return;
    tapRegion(id);
  };
  const onKey = (id: RegionId) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    tap(id);
  };
  const [minX, minY, width, height] = MAP.viewBox;
  // Seen from the front the body's right is on the left of the picture.
  const leftLabel = view === 'front' ? t('fallback.bodyRight') : t('fallback.bodyLeft');
  const rightLabel = view === 'front' ? t('fallback.bodyLeft') : t('fallback.bodyRight');

  return (
    <div className="flat-body" data-testid="flat-body" data-view={view}>
      <svg
        className="flat-body__map"
        viewBox={`${minX} ${minY} ${width} ${height}`}
        role="group"
        aria-label={t(view === 'front' ? 'fallback.mapFront' : 'fallback.mapBack')}
      >
        <path className="flat-body__skin" d={MAP.views[view].silhouette} />
        {REGION_IDS.map((id) => {
          const d = regions[id];
          if (!d) return null;
          const open = id === region;
          return (
            <path
              key={id}
              d={d}
              fillRule="evenodd"
              className={open ? 'flat-body__region flat-body__region--open' : 'flat-body__region'}
              data-region={id}
              role="button"
              tabIndex={0}
              aria-label={regionName(id)}
              aria-pressed={open}
              onClick={() => tap(id)}
              onKeyDown={onKey(id)}
            />
          );
        })}
        <g className="flat-body__lines" aria-hidden="true">
          {lines.map((line) => (
            <g key={`${line.lineId}_${line.side}`} data-line={line.lineId} data-side={line.side} style={{ color: content.lines[line.lineId].colour }}>
              {line.stretches.map((stretch, index) =>
                stretch.near ? (
                  <g key={index}>
                    <polyline className="flat-body__halo" points={pointsAttribute(stretch.points)} strokeWidth={LINE_WIDTH * 2.2} />
                    <polyline className="flat-body__line" points={pointsAttribute(stretch.points)} strokeWidth={LINE_WIDTH} />
                  </g>
                ) : (
                  <polyline key={index} className="flat-body__line flat-body__line--far" points={pointsAttribute(stretch.points)} strokeWidth={LINE_WIDTH * 0.7} />
                ),
              )}
            </g>
          ))}
        </g>
        <g className="flat-body__marks" aria-hidden="true">
          {markers.map((marker) => {
            const at = pathCentre(regions[marker.region]) ?? pathCentre(MAP.views[view === 'front' ? 'back' : 'front'].regions[marker.region]);
            if (!at) return null;
            const radius = marker.kind === 'pin' ? 18 + (marker.intensity ?? 1) * 8 : 16;
            return (
              <g key={`${marker.kind}_${marker.id}`} className={`flat-body__mark flat-body__mark--${marker.kind}`} data-mark={marker.id}>
                <circle cx={at[0]} cy={at[1]} r={radius} />
                {marker.label && (
                  <text x={at[0] + radius + 12} y={at[1] + 12} className="flat-body__mark-label">{marker.label}</text>
                )}
              </g>
            );
          })}
        </g>
        <text className="flat-body__side" x={minX + 40} y={minY + height - 30}>{leftLabel}</text>
        <text className="flat-body__side" x={minX + width - 40} y={minY + height - 30} textAnchor="end">{rightLabel}</text>
      </svg>
      <div className="flat-body__footer">
        {note}
        <div className="flat-body__views" role="group" aria-label={t('fallback.sides')}>
          {(['front', 'back'] as const).map((side) => (
            <button key={side} type="button" className="secondary" aria-pressed={view === side} onClick={() => setView(side)}>
              {t(side === 'front' ? 'fallback.front' : 'fallback.back')}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

/** The 2D view where the 3D view would stand: the same `viewer` element, with a calm word on why. */
export function FlatViewer({ note, children }: { note: ReactNode; children?: ReactNode }) {
  return (
    <div className="viewer viewer--flat" data-testid="viewer" data-ready="true" data-flat="true">
      <Body2D note={note} />
      {children}
    </div>
  );
}

/** Why the flat map is shown, with a way back to 3D where there may be one. */
export function FallbackNote({ message, onRetry, busy = false }: { message: string; onRetry?: () => void; busy?: boolean }) {
  const t = useT();
  return (
    <p className="flat-body__note" role="status" data-testid="fallback-note">
      <span>{busy ? t('fallback.retrying') : message}</span>
      {onRetry && !busy && (
        <button type="button" className="secondary" onClick={onRetry}>{t('fallback.retry')}</button>
      )}
    </p>
  );
}
