import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { QrCode } from './QrCode';
import type { Pin } from './pins';
import { traceLink } from './shareLink';

/** One tap gives the client the trace: the link, its QR code on screen to scan, and the handout to print. */
export function TraceShare({ pins, onPrint }: { pins: readonly Pin[]; onPrint: () => void }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const link = traceLink(window.location.origin, window.location.pathname, language, pins);
  if (!open) {
    return (
      <button type="button" className="secondary trace-share__open" onClick={() => setOpen(true)}>
        <span aria-hidden="true">⇪ </span>{t('trace.share.open')}
      </button>
    );
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="trace-share" aria-labelledby="trace-share-title" data-testid="trace-share">
      <h3 id="trace-share-title">{t('trace.share.title')}</h3>
      <div className="trace-share__body">
        <QrCode text={link} label={t('trace.share.link')} />
        <div className="trace-share__text">
          <p>{t('trace.share.scan')}</p>
          <label className="trace-share__link">
            <span className="visually-hidden">{t('trace.share.link')}</span>
            <input readOnly value={link} onFocus={(event) => event.target.select()} data-testid="trace-link" />
          </label>
          <div className="trace-share__buttons">
            <button type="button" className="secondary" onClick={() => void copy()}>{copied ? t('trace.share.copied') : t('trace.share.copy')}</button>
            <button type="button" className="secondary" onClick={onPrint}>{t('trace.share.print')}</button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('trace.share.close')}</button>
          </div>
        </div>
      </div>
    </section>
  );
}
