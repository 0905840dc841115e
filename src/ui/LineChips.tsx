import { useShallow } from 'zustand/react/shallow';
import type { LineId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { lineColourStyle } from './swatch';

/** Lines as small toggles in their colours: tapping one lights it on the body. */
export function LineChips({ lineIds }: { lineIds: readonly LineId[] }) {
  const { lines } = useContent();
  const language = useExplorer((state) => state.language);
  const shown = useExplorer(useShallow((state) => state.shownLines.map((line) => line.id)));
  const { toggleLine } = useExplorerActions();
  return (
    <ul className="line-chips">
      {lineIds.map((id) => (
        <li key={id}>
          <button
            type="button"
            className="line-chip"
            aria-pressed={shown.includes(id)}
            style={lineColourStyle(lines[id].colour)}
            onClick={() => toggleLine(id)}
          >
            <span className="line-toggle__swatch" aria-hidden="true">{lines[id].abbreviation[language]}</span>
            {lines[id].names[language]}
          </button>
        </li>
      ))}
    </ul>
  );
}
