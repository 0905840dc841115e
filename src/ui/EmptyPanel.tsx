import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { practiceContact } from '../practice/contact';
import { useExplorer, useExplorerActions } from '../state/explorerStore';

/** What a first-time visitor sees: how to light a line and read a region, with two ways to start. */
export function EmptyPanel() {
  const t = useT();
  const { practice } = useContent();
  const contact = practiceContact(practice);
  const language = useExplorer((state) => state.language);
  const { toggleLine, selectRegion, moveCamera } = useExplorerActions();
  return (
    <section className="panel empty-panel" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <div className="empty-panel__actions">
        <button type="button" className="primary" onClick={() => toggleLine('dfl')}>{t('empty.tryDfl')}</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            selectRegion('jaw');
            moveCamera({ kind: 'region', region: 'jaw' });
          }}
        >
          {t('empty.tryJaw')}
        </button>
      </div>
      <aside className="practice-card">
        <p className="practice-card__tagline">{practice.tagline[language]}</p>
        {contact.booking && (
          <a className="secondary" href={contact.booking} target="_blank" rel="noopener noreferrer">
            {t('practice.book')}
          </a>
        )}
        {(contact.phone || contact.address) && (
          <p className="practice-card__contact">
            {contact.address && <span>{contact.address}</span>}
            {contact.phone && <a href={contact.phone.href} aria-label={t('practice.callLabel', { phone: contact.phone.label })}>{contact.phone.label}</a>}
          </p>
        )}
        <p className="muted">
          {t('practice.by', { name: practice.name.includes(practice.city) ? practice.name : `${practice.name}, ${practice.city}` })}
        </p>
      </aside>
    </section>
  );
}
