import { useShallow } from 'zustand/react/shallow';
import type { LineId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { lineRoute } from '../explorer/lineRoute';
import { useT } from '../i18n/useT';
import { useViewerNotes } from '../scene/viewerNotes';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { lineColourStyle } from './swatch';
import { EvidenceBadge } from './TextBits';

/** A half turn: what lies at the back comes to the front. */
const HALF_TURN = Math.PI;

/**
 * Many lines lit at once (all twelve, say): the panel names each of them with its colour and letters, where it runs
 * and how well it is confirmed, split into those seen from where the camera stands and those at the back, so a person
 * knows what to look for and where. Choosing one tells its story.
 */
export function LitOverview({ onPick }: { onPick: (lineId: LineId) => void }) {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const lit = useExplorer(useShallow((state) => state.shownLines.map((line) => line.id)));
  // Written by the 3D view as the camera turns; empty on the flat map, which shows front and back side by side.
  const behind = useViewerNotes((state) => state.linesBehind);
  const { moveCamera } = useExplorerActions();
  const seen = lit.filter((id) => !behind.includes(id));
  const atBack = lit.filter((id) => behind.includes(id));

  const row = (lineId: LineId) => {
    const line = content.lines[lineId];
    const regions = lineRoute(line, content.landmarks, content.structures).map((region) => content.regions[region].names[language]);
    const route = regions.length > 1 ? `${regions[0] ?? ''} → ${regions.at(-1) ?? ''}` : (regions[0] ?? '');
    return (
      <li key={lineId} style={lineColourStyle(line.colour)}>
        <button type="button" className="lit-overview__line line-chip" data-line={lineId} onClick={() => onPick(lineId)}>
          <span className="line-toggle__swatch" aria-hidden="true">{line.abbreviation[language]}</span>
          <span className="lit-overview__text">
            <span className="lit-overview__name">{line.names[language]}</span>
            <span className="lit-overview__meta">
              <span className="lit-overview__route">{route}</span> <EvidenceBadge level={line.evidence.continuity.level} />
            </span>
          </span>
        </button>
      </li>
    );
  };

  return (
    <section className="panel lit-overview" role="region" aria-labelledby="overview-title" data-testid="lit-overview">
      <header className="panel__head">
        <h2 id="overview-title" tabIndex={-1}>{t('overview.title', { count: lit.length })}</h2>
      </header>
      <p>{t('overview.intro')}</p>
      {atBack.length === 0 ? (
        <ul className="lit-overview__list">{lit.map(row)}</ul>
      ) : (
        <>
          {seen.length > 0 && (
            <>
              <h3>{t('overview.seen', { count: seen.length })}</h3>
              <ul className="lit-overview__list">{seen.map(row)}</ul>
            </>
          )}
          <div className="lit-overview__back">
            <h3>{t('overview.behind', { count: atBack.length })}</h3>
            <button type="button" className="secondary" onClick={() => moveCamera({ kind: 'turn', azimuth: HALF_TURN, polar: 0 })}>
              {t('overview.turn')}
            </button>
          </div>
          <ul className="lit-overview__list">{atBack.map(row)}</ul>
        </>
      )}
    </section>
  );
}
