import { useShallow } from 'zustand/react/shallow';
import type { LineId } from '../content/ids';
import { OVERVIEW_FROM } from '../explorer/panel';
import { lineRoute } from '../explorer/lineRoute';
import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { SideChoice } from './LineList';
import { Passages } from './Passages';
import { lineColourStyle } from './swatch';
import { EvidenceBadge } from './TextBits';

/** With more lit lines than this, the row shows their abbreviations only, so the story stays near the top. */
const COMPACT_FROM = 3;

/**
 * The lit line in short, in the panel: what it is, where it runs, what research shows, and a way into its page.
 * With several lines lit, a row of them picks whose story is told; with many, a way back to the overview of them all.
 */
export function LineStory({ lineId, onPick }: { lineId: LineId; onPick: (lineId: LineId | null) => void }) {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const shown = useExplorer((state) => state.shownLines.find((line) => line.id === lineId));
  const lit = useExplorer(useShallow((state) => state.shownLines.map((entry) => entry.id)));
  const { openLineDetail, toggleLine } = useExplorerActions();
  const line = content.lines[lineId];
  const name = line.names[language];
  const regions = lineRoute(line, content.landmarks, content.structures).map((region) => content.regions[region].names[language]);
  const { continuity } = line.evidence;

  return (
    <section
      className="panel line-story"
      role="region"
      aria-labelledby="story-title"
      data-line={lineId}
      style={lineColourStyle(line.colour)}
    >
      <header className="panel__head">
        <h2 id="story-title" tabIndex={-1}>
          <span className="line-toggle__swatch" aria-hidden="true">{line.abbreviation[language]}</span> {name}
        </h2>
      </header>
      {lit.length >= OVERVIEW_FROM && (
        <button type="button" className="secondary line-story__all" onClick={() => onPick(null)}>
          <span aria-hidden="true">←</span> {t('story.all', { count: lit.length })}
        </button>
      )}
      {lit.length > 1 && (
        <div className="line-story__lit" role="group" aria-label={t('story.lit')}>
          {lit.map((id) => (
            <button
              key={id}
              type="button"
              className={`line-chip${lit.length > COMPACT_FROM ? ' line-chip--compact' : ''}`}
              aria-pressed={id === lineId}
              aria-label={content.lines[id].names[language]}
              style={lineColourStyle(content.lines[id].colour)}
              onClick={() => onPick(id)}
            >
              <span className="line-toggle__swatch" aria-hidden="true">{content.lines[id].abbreviation[language]}</span>
              {lit.length <= COMPACT_FROM && content.lines[id].names[language]}
            </button>
          ))}
        </div>
      )}
      <Passages passages={[line.summary]} />
      <h3>{t('story.runs')}</h3>
      <p className="line-story__route">{regions.join(' → ')}</p>
      <h3>{t('line.evidence.continuity')}</h3>
      <p>
        <EvidenceBadge level={continuity.level} /> {continuity.note[language]}
      </p>
      {shown && <SideChoice lineId={lineId} side={shown.side} lineName={name} />}
      <div className="line-story__actions">
        <button type="button" className="primary" onClick={() => openLineDetail(lineId)}>
          {t('story.readAll', { line: name })}
        </button>
        <button type="button" className="secondary" onClick={() => toggleLine(lineId)}>
          {t('line.hide')}
        </button>
      </div>
    </section>
  );
}
