import { useT } from '../../i18n/useT';

/** Placeholder until the tours mode is built (issue tours). */
export function ToursPanel() {
  const t = useT();
  return <p className="muted">{t('mode.tours')}</p>;
}
