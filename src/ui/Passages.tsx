import type { Passage } from '../content/schemas';
import { useExplorer } from '../state/explorerStore';
import { useT } from '../i18n/useT';

/** Paragraphs, each marked with the kind of claim it makes (anatomy, research, practice experience). */
export function Passages({ passages }: { passages: readonly Passage[] }) {
  const language = useExplorer((state) => state.language);
  const t = useT();
  return (
    <>
      {passages.map((passage, index) => (
        <p key={index} className={`passage passage--${passage.claim}`}>
          {passage.claim !== 'anatomy' && <span className="claim">{t(`claim.${passage.claim}`)}</span>}
          {passage[language]}
        </p>
      ))}
    </>
  );
}
