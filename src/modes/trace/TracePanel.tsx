import { useCallback, useEffect, useMemo, useState } from 'react';
import { useContent } from '../../content/ContentContext';
import { useT } from '../../i18n/useT';
import { practiceContact } from '../../practice/contact';
import { useExplorer } from '../../state/explorerStore';
import { Handout } from './Handout';
import { dateOf, type KeptTrace } from './history';
import { HonestNote } from './HonestNote';
import { keepToday } from './keptTraces';
import { PinList, PinPicker, UndoBar } from './PinList';
import { rankLines } from './ranking';
import { bodySnapshot } from './snapshot';
import { TraceHistory } from './TraceHistory';
import { TraceResults } from './TraceResults';
import { TraceShare } from './TraceShare';
import { useTrace, useTraceActions } from './traceStore';
import { useTraceOnBody } from './useTraceOnBody';
import { useTraceWords } from './useTraceWords';
import './trace.css';

function EmptyTrace() {
  const t = useT();
  return (
    <div className="trace-empty" data-testid="trace-empty">
      <div className="trace-empty__figure" aria-hidden="true">
        <span className="trace-empty__ring" />
        <span className="trace-empty__ring trace-empty__ring--late" />
        <span className="trace-empty__dot" />
      </div>
      <p className="trace-empty__title">{t('trace.empty.title')}</p>
      <p>{t('trace.empty.body')}</p>
      <p className="muted">{t('trace.empty.example')}</p>
    </div>
  );
}

function ClientViewToggle() {
  const t = useT();
  const clientView = useTrace((state) => state.clientView);
  const { setClientView } = useTraceActions();
  return (
    <label className="trace-toggle trace-toggle--switch" title={t('trace.clientView.hint')}>
      <input type="checkbox" role="switch" checked={clientView} onChange={(event) => setClientView(event.target.checked)} />
      <span className="trace-toggle__track" aria-hidden="true" />
      <span>
        {t('trace.clientView')}
        <span className="trace-toggle__hint muted">{t('trace.clientView.hint')}</span>
      </span>
    </label>
  );
}

/** The tension tracer: tap where it hurts, see where it can travel, take it home. */
export function TracePanel() {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const pins = useTrace((state) => state.pins);
  const words = useTraceWords();
  const ranked = useMemo(() => rankLines(pins, content), [pins, content]);
  useTraceOnBody(ranked, pins, words);
  const [kept, setKept] = useState<KeptTrace[] | null>(null);
  const [keptToday, setKeptToday] = useState<string | null>(null);
  const [picture, setPicture] = useState<string | undefined>(undefined);
  const booking = practiceContact(content.practice).booking;
  const onKept = useCallback((traces: KeptTrace[]) => setKept(traces), []);

  // The picture for the handout is taken when printing starts (and when asked to print), not for every frame.
  useEffect(() => {
    const refresh = () => setPicture(bodySnapshot());
    window.addEventListener('beforeprint', refresh);
    const print = window.matchMedia?.('print');
    print?.addEventListener('change', refresh);
    return () => {
      window.removeEventListener('beforeprint', refresh);
      print?.removeEventListener('change', refresh);
    };
  }, []);

  const printHandout = () => {
    setPicture(bodySnapshot());
    // Let React put the picture in before the print dialog copies the page.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  const keep = async () => {
    const traces = await keepToday(pins);
    setKept(traces);
    const date = dateOf(new Date());
    setKeptToday(date);
  };

  return (
    <section className="trace" aria-labelledby="trace-title" data-testid="trace-panel">
      <header className="trace__head">
        <h2 id="trace-title">{t('trace.title')}</h2>
        <ClientViewToggle />
      </header>
      {pins.length === 0 ? (
        <EmptyTrace />
      ) : (
        <>
          <p className="muted trace__intro">{t('trace.intro')}</p>
          <PinList pins={pins} />
        </>
      )}
      <UndoBar />
      <PinPicker />
      {pins.length > 0 && (
        <>
          <HonestNote pins={pins} />
          <TraceResults ranked={ranked} pins={pins} />
          <div className="trace-actions">
            <TraceShare pins={pins} onPrint={printHandout} />
            <button type="button" className="secondary trace-keep" onClick={() => void keep()}>
              <span aria-hidden="true">♡ </span>{t('trace.keep')}
            </button>
            {keptToday && <p className="trace-kept" role="status">{t('trace.kept', { date: new Date().toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB') })}</p>}
          </div>
          {booking && (
            <div className="trace-book">
              <p>{t('trace.book.lead')}</p>
              <a className="primary trace-book__link" href={booking} target="_blank" rel="noopener">{t('trace.book')}</a>
            </div>
          )}
          <Handout ranked={ranked} pins={pins} picture={picture} />
        </>
      )}
      <TraceHistory kept={kept} onKept={onKept} />
    </section>
  );
}
