import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LINE_GROUPS, LINE_IDS } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { lineColourStyle } from './swatch';

/**
 * The twelve lines as compact toggles for tablets and phones: a vertical rail of abbreviations beside the body
 * (`column`), or a row of named chips under it that scrolls sideways (`row`). Every line is reachable without scrolling a list; the full
 * name is the button's accessible name, and the panel tells the lit line's story.
 */
export function LineRail({ direction }: { direction: 'column' | 'row' }) {
  const { lines } = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const shown = useExplorer(useShallow((state) => state.shownLines.map((line) => line.id)));
  const { toggleLine, showAllLines, clearLines } = useExplorerActions();
  const rail = useRef<HTMLElement>(null);
  const firstLit = LINE_IDS.find((id) => shown.includes(id));
  // The row scrolls sideways: a line lit from elsewhere (a link, a region's chips) is brought into it, so a phone
  // shows which line is on (user test: the row still showed the unlit first line). Sideways only, never the page.
  useEffect(() => {
    if (direction !== 'row' || !firstLit) return;
    const bringIntoRow = () => {
      const chip = rail.current?.querySelector<HTMLElement>(`[data-line="${firstLit}"]`);
      const scroller = rail.current;
      if (!chip || !scroller || scroller.scrollWidth <= scroller.clientWidth) return;
      const chipBox = chip.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      if (chipBox.left >= box.left && chipBox.right <= box.right - 36) return;
      scroller.scrollLeft += chipBox.left - box.left - 12;
    };
    bringIntoRow();
    // Widths change once the web font is in: measured again then.
    let live = true;
    void document.fonts?.ready.then(() => live && bringIntoRow());
    return () => {
      live = false;
    };
  }, [direction, firstLit]);
  return (
    <nav ref={rail} className={`line-rail line-rail--${direction}`} aria-labelledby="line-list-title">
      <h2 id="line-list-title" className="line-rail__title">{t('lines.title')}</h2>
      <div className="line-rail__lines">
        {LINE_GROUPS.map((group) => (
          <ul key={group} className="line-rail__group" aria-label={t(`lines.group.${group}`)}>
            {LINE_IDS.filter((id) => lines[id].group === group).map((id) => {
              const line = lines[id];
              return (
                <li key={id} style={lineColourStyle(line.colour)}>
                  <button
                    type="button"
                    className="line-toggle line-toggle--rail"
                    aria-pressed={shown.includes(id)}
                    aria-label={line.names[language]}
                    title={line.names[language]}
                    data-line={id}
                    onClick={() => toggleLine(id)}
                  >
                    <span className="line-toggle__swatch" aria-hidden="true">{line.abbreviation[language]}</span>
                    {direction === 'row' && <span className="line-rail__label" aria-hidden="true">{line.names[language]}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        ))}
      </div>
      <div className="line-rail__bulk">
        {/* One slot for both: "All" while nothing is lit, "Clear" once something is, so the rail fits a tablet's height. */}
        {shown.length === 0 ? (
          <button type="button" className="chip" onClick={showAllLines}>{t('lines.all')}</button>
        ) : (
          <button type="button" className="chip" onClick={clearLines}>{t('lines.clear')}</button>
        )}
      </div>
    </nav>
  );
}
