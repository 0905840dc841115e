import type { EvidenceLevel } from '../content/ids';
import type { EvidenceRating, LocalText } from '../content/schemas';
import { useT } from '../i18n/useT';
import { useExplorer } from '../state/explorerStore';

/** A list of short texts in the current language (cues, steps). */
export function LocalTextList({ items, ordered = false }: { items: readonly LocalText[]; ordered?: boolean }) {
  const language = useExplorer((state) => state.language);
  const entries = items.map((item, index) => <li key={index}>{item[language]}</li>);
  return ordered ? <ol>{entries}</ol> : <ul>{entries}</ul>;
}

/**
 * An evidence level as a small badge: green where dissection confirmed the connection. A partial rating says how
 * many transitions were confirmed ("partly confirmed: 5 of 9 transitions"), so it never reads as support for the whole line.
 */
export function EvidenceBadge({
  level,
  title,
  transitions,
}: {
  level: EvidenceLevel;
  title?: string;
  transitions?: EvidenceRating['transitions'];
}) {
  const t = useT();
  return (
    <span className={`evidence-level evidence-level--${level}`} title={title}>
      {transitions ? t('evidence.partialCount', { confirmed: String(transitions.confirmed), of: String(transitions.of) }) : t(`evidence.${level}`)}
    </span>
  );
}
