import { regionBase } from '../../content/ids';
import { useContent } from '../../content/ContentContext';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { Warnings } from '../../ui/Passages';
import type { Pin } from './pins';

/** Possible connections, not a diagnosis; the signs that need a doctor (112 first), from the content's own warnings. */
export function HonestNote({ pins }: { pins: readonly Pin[] }) {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const urgent = [...content.warningSigns.values()].filter((sign) => sign.urgency === 'call_112').map((sign) => sign.names[language]);
  const bases = [...new Set(pins.map((pin) => regionBase(pin.region)))];
  const passages = bases.flatMap((base) => {
    const region = content.regions[base];
    return [...region.whatIsThere, ...region.clientsFeel, ...region.notes];
  });
  const hasWarnings = passages.some((passage) => passage.claim === 'warning');
  return (
    <aside className="trace-honest" aria-labelledby="trace-honest-title">
      <p className="trace-honest__title" id="trace-honest-title">{t('trace.honest.title')}</p>
      <p>{t('trace.honest.body')}</p>
      <p className="trace-honest__urgent">{t('trace.honest.urgent', { signs: urgent.join('; ') })}</p>
      {hasWarnings && (
        <details className="trace-honest__signs">
          <summary>{t('trace.honest.signs')}</summary>
          <Warnings passages={passages} />
        </details>
      )}
    </aside>
  );
}
