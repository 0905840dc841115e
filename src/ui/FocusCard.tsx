import { useContent } from '../content/ContentContext';
import { anatomicalName } from '../content/names';
import { linesOfPart } from '../explorer/highlight';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';

/** Names a tapped station or track and the line(s) it belongs to. */
export function FocusCard() {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const focus = useExplorer((state) => state.focus);
  const { setFocus } = useExplorerActions();
  if (!focus) return null;
  const names = focus.kind === 'station' ? content.landmarks.get(focus.id)?.names : content.structures.get(focus.id)?.names;
  if (!names) return null;
  const lines = linesOfPart(focus.kind, focus.id, content).map((id) => content.lines[id].names[language]);
  return (
    <div className="focus-card" role="status">
      <div>
        <strong>{anatomicalName(names, language)}</strong>
        <span className="muted"> · {t(focus.kind === 'station' ? 'line.station' : 'line.track')}</span>
        <p>{lines.length > 0 ? t('focus.partOf', { lines: lines.join(', ') }) : t('focus.none')}</p>
      </div>
      <button type="button" className="icon-button" aria-label={t('region.close')} onClick={() => setFocus(null)}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
