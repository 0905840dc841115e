import type { Passage } from '../content/schemas';
import { readingOrder } from '../content/passages';
import { useExplorer } from '../state/explorerStore';
import { useT } from '../i18n/useT';

/** Warning signs as their own callout: what to watch for and how soon to get help. */
export function Warnings({ passages }: { passages: readonly Passage[] }) {
  const language = useExplorer((state) => state.language);
  const t = useT();
  const { warnings } = readingOrder(passages);
  if (warnings.length === 0) return null;
  return (
    <aside className="warnings" aria-label={t('claim.warning')}>
      <p className="warnings__title">{t('claim.warning')}</p>
      <ul className="warnings__list">
        {warnings.map((passage, index) => (
          <li key={index} className={`warning warning--${passage.urgency ?? 'doctor_soon'}`} data-urgency={passage.urgency}>
            <span className="warning__label">{t(`urgency.${passage.urgency ?? 'doctor_soon'}`)}</span> {passage[language]}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/**
 * Paragraphs, each marked with the kind of claim it makes (anatomy, research, practice experience).
 * Warnings among them come first, in their own callout; `warnings={false}` leaves them to a callout shown elsewhere.
 */
export function Passages({ passages, warnings = true }: { passages: readonly Passage[]; warnings?: boolean }) {
  const language = useExplorer((state) => state.language);
  const t = useT();
  const { others } = readingOrder(passages);
  return (
    <>
      {warnings && <Warnings passages={passages} />}
      {others.map((passage, index) => (
        <p key={index} className={`passage passage--${passage.claim}`}>
          {passage.claim !== 'anatomy' && <span className="claim">{t(`claim.${passage.claim}`)}</span>}
          {passage[language]}
        </p>
      ))}
    </>
  );
}
