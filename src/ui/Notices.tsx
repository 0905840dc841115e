import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';

/** How long good news stays on screen before it goes by itself. */
const TRANSIENT_MS = 4500;

/** Small, dismissable notices (for example: part of a link was not recognised). */
export function Notices() {
  const t = useT();
  const notices = useExplorer(useShallow((state) => state.notices));
  const { dismissNotice } = useExplorerActions();
  const transientIds = notices.filter((notice) => notice.transient).map((notice) => notice.id).join(',');
  useEffect(() => {
    if (!transientIds) return;
    const timers = transientIds.split(',').map((id) => window.setTimeout(() => dismissNotice(Number(id)), TRANSIENT_MS));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [transientIds, dismissNotice]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        // Good news goes by itself and lets taps through to what it stands over (user test: the first visit's
        // "works offline" covered the camera bar and a tour's buttons just when they were first reached for).
        <div key={notice.id} className={notice.transient ? 'notice notice--transient' : 'notice'}>
          <span>{t(notice.key, notice.values)}</span>
          {!notice.transient && (
            <button type="button" className="icon-button" aria-label={t('notice.dismiss')} onClick={() => dismissNotice(notice.id)}>
              <span aria-hidden="true">✕</span>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
