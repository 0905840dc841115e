import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { APP_MODES, type AppMode } from './modes';

const ICONS: Record<AppMode, string> = { explore: '◎', tours: '▶', trace: '✚', learn: '✎' };

/** The app's jobs side by side: one tap moves between exploring, a tour, a trace and learning. */
export function ModeSwitch() {
  const t = useT();
  const mode = useExplorer((state) => state.mode);
  const { setMode } = useExplorerActions();
  return (
    <nav className="mode-switch" aria-label={t('mode.label')}>
      {APP_MODES.map((option) => (
        <button
          key={option}
          type="button"
          className="mode-switch__item"
          data-mode={option}
          aria-current={mode === option ? 'page' : undefined}
          onClick={() => setMode(option)}
        >
          <span className="mode-switch__icon" aria-hidden="true">{ICONS[option]}</span>
          <span className="mode-switch__name">{t(`mode.${option}`)}</span>
        </button>
      ))}
    </nav>
  );
}
