import { useT } from '../../i18n/useT';

/** Placeholder until the trace mode is built (issue trace). */
export function TracePanel() {
  const t = useT();
  return <p className="muted">{t('mode.trace')}</p>;
}
