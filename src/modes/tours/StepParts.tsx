import { useContent } from '../../content/ContentContext';
import type { Passage } from '../../content/schemas';
import { useT } from '../../i18n/useT';
import { practiceContact } from '../../practice/contact';
import { useExplorer } from '../../state/explorerStore';

/** The step's one text, large, with the kind of claim it makes (anatomy goes unmarked, as in the panels). */
export function StepText({ passage, className = 'tour-step__text' }: { passage: Passage; className?: string }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  return (
    <p className={`${className} passage passage--${passage.claim}`} data-testid="tour-step-text">
      <span className={`claim claim--${passage.claim}`}>{t(`claim.${passage.claim}`)}</span>
      {passage[language]}
    </p>
  );
}

/** A home exercise the step offers: its name and length at once, its steps folded. */
export function StepExercise({ id }: { id: string }) {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const exercise = content.exercises.get(id);
  if (!exercise) return null;
  return (
    <details className="tour-exercise">
      <summary>
        <span className="tour-exercise__label">{t('tour.exercise')}</span> {exercise.names[language]}
        <span className="muted"> · {t('tour.exerciseMinutes', { minutes: exercise.durationMinutes, frequency: exercise.frequency[language] })}</span>
      </summary>
      <ol>{exercise.steps.map((item, index) => <li key={index}>{item[language]}</li>)}</ol>
      {exercise.caution && <p className="muted">{exercise.caution[language]}</p>}
    </details>
  );
}

/** The practice's booking link where it has a real one, else its phone number, else nothing (src/practice/contact.ts). */
export function StepContact() {
  const { practice } = useContent();
  const t = useT();
  const contact = practiceContact(practice);
  if (contact.booking) {
    return <a className="primary tour-contact" href={contact.booking} target="_blank" rel="noopener noreferrer">{t('practice.book')}</a>;
  }
  if (contact.phone) {
    return <a className="secondary tour-contact" href={contact.phone.href}>{t('practice.callLabel', { phone: contact.phone.label })}</a>;
  }
  return null;
}
