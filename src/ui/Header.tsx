import { LANGUAGES } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { practiceContact } from '../practice/contact';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { usePreferences } from '../state/preferences';
import { ModeSwitch } from '../modes/ModeSwitch';
import { Search } from './Search';

export function Header() {
  const t = useT();
  const { practice } = useContent();
  const contact = practiceContact(practice);
  const language = useExplorer((state) => state.language);
  const { setLanguage } = useExplorerActions();
  const { saveLanguage } = usePreferences((state) => state.actions);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true" />
        <div>
          <h1>{t('app.title')}</h1>
          <p className="brand__tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <ModeSwitch />
      <Search />
      <div className="header-actions">
        <div className="segmented" role="group" aria-label={t('language.label')}>
          {LANGUAGES.map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              aria-pressed={language === option}
              aria-label={t(`language.${option}`)}
              onClick={() => {
                setLanguage(option);
                saveLanguage(option);
              }}
            >
              {option.toUpperCase()}
            </button>
          ))}
        </div>
        {/* No booking link set (or a placeholder): offer the phone if there is one, else nothing rather than a dummy. */}
        {contact.booking ? (
          <a className="book-link" href={contact.booking} target="_blank" rel="noopener noreferrer">
            {t('practice.book')}
          </a>
        ) : contact.phone && (
          <a className="book-link" href={contact.phone.href} aria-label={t('practice.callLabel', { phone: contact.phone.label })}>
            {t('practice.call')}
          </a>
        )}
      </div>
    </header>
  );
}
