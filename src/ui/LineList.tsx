import { useShallow } from 'zustand/react/shallow';
import { LINE_GROUPS, LINE_IDS, type LineId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import type { LineSide } from '../state/url';
import { lineColourStyle } from './swatch';

const SIDES: readonly LineSide[] = ['both', 'l', 'r'];

export function SideChoice({ lineId, side, lineName }: { lineId: LineId; side: LineSide; lineName: string }) {
  const t = useT();
  const { setLineSide } = useExplorerActions();
  return (
    <div className="segmented segmented--small" role="group" aria-label={t('lines.sideOf', { line: lineName })}>
      {SIDES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={side === option}
          onClick={() => setLineSide(lineId, option)}
        >
          {t(`lines.side.${option}`)}
        </button>
      ))}
    </div>
  );
}

/** The 12 lines, grouped, each a toggle in its own colour; several can be lit at once. */
export function LineList() {
  const { lines } = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const shownLines = useExplorer(useShallow((state) => state.shownLines));
  const isolate = useExplorer((state) => state.isolate);
  const { toggleLine, showAllLines, clearLines, setIsolate, openLineDetail } = useExplorerActions();

  return (
    <nav className="line-list" aria-labelledby="line-list-title">
      <div className="line-list__head">
        <h2 id="line-list-title">{t('lines.title')}</h2>
        <div className="line-list__bulk">
          <button type="button" className="chip" onClick={showAllLines}>{t('lines.all')}</button>
          <button type="button" className="chip" onClick={clearLines} disabled={shownLines.length === 0}>
            {t('lines.clear')}
          </button>
          <button
            type="button"
            className="chip"
            aria-pressed={isolate}
            title={t('lines.isolateHelp')}
            disabled={shownLines.length === 0}
            onClick={() => setIsolate(!isolate)}
          >
            {t('lines.isolate')}
          </button>
        </div>
      </div>
      {LINE_GROUPS.map((group) => {
        const members = LINE_IDS.filter((id) => lines[id].group === group);
        return (
          <section key={group} className="line-group" aria-label={t(`lines.group.${group}`)}>
            <h3>{t(`lines.group.${group}`)}</h3>
            <ul>
              {members.map((id) => {
                const line = lines[id];
                const shown = shownLines.find((entry) => entry.id === id);
                const name = line.names[language];
                return (
                  <li key={id} className="line-item" style={lineColourStyle(line.colour)}>
                    <div className="line-item__row">
                      <button
                        type="button"
                        className="line-toggle"
                        aria-pressed={Boolean(shown)}
                        data-line={id}
                        onClick={() => toggleLine(id)}
                      >
                        {/* The abbreviation on the swatch: a second cue beside the colour, the same on the body. */}
                        <span className="line-toggle__swatch" aria-hidden="true">{line.abbreviation[language]}</span>
                        <span className="line-toggle__name">{name}</span>
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`${t('lines.details')}: ${name}`}
                        onClick={() => openLineDetail(id)}
                      >
                        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8">
                          <circle cx="12" cy="12" r="9.5" />
                          <path d="M12 11v6M12 7.2v.1" strokeLinecap="round" />
                        </svg>
                      </button>
                    </div>
                    {shown && <SideChoice lineId={id} side={shown.side} lineName={name} />}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
