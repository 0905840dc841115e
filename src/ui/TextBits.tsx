import type { EvidenceLevel } from '../content/ids';
import type { LocalText } from '../content/schemas';
import { useT } from '../i18n/useT';
import { useExplorer } from '../state/explorerStore';

/** A list of short texts in the current language (cues, steps). */
export function LocalTextList({ items, ordered = false }: { items: readonly LocalText[]; ordered?: boolean }) {
  const language = useExplorer((state) => state.language);
  const entries = items.map((item, index) => <li key={index}>{item[language]}</li>);
  return ordered ? <ol>{entries}</ol> : <ul>{entries}</ul>;
}

/** An evidence level as a small badge: green where dissection confirmed the connection. */
export function EvidenceBadge({ level, title }: { level: EvidenceLevel; title?: string }) {
  const t = useT();
  return (
    <span className={`evidence-level evidence-level--${level}`} title={title}>
      {t(`evidence.${level}`)}
    </span>
  );
}
