import { useT } from '../../i18n/useT';

/** Placeholder until the learn mode is built (issue learn). */
export function LearnPanel() {
  const t = useT();
  return <p className="muted">{t('mode.learn')}</p>;
}
