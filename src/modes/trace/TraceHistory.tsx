import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { compareTraces, exportFile, readExport, type KeptTrace, type TraceChange } from './history';
import { deleteAllTraces, importTraces, readTraces } from './keptTraces';
import type { Pin } from './pins';
import { useTrace, useTraceActions } from './traceStore';
import { useTraceWords, type TraceWords } from './useTraceWords';

function changeSentences(change: TraceChange, words: TraceWords, t: ReturnType<typeof useT>): string[] {
  const names = (regions: readonly string[]) => regions.map((region) => words.spotName(region as Pin['region'])).join(', ');
  const lines: string[] = [];
  if (change.came.length) lines.push(t('trace.history.came', { regions: names(change.came) }));
  if (change.went.length) lines.push(t('trace.history.went', { regions: names(change.went) }));
  if (change.moved.length) {
    lines.push(t('trace.history.moved', { moves: change.moved.map((move) => t('trace.history.move', { from: words.spotName(move.from), to: words.spotName(move.to) })).join(', ') }));
  }
  if (change.stronger.length) lines.push(t('trace.history.stronger', { regions: names(change.stronger) }));
  if (change.milder.length) lines.push(t('trace.history.milder', { regions: names(change.milder) }));
  return lines;
}

function formatDate(date: string, language: 'nl' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 2000, (month ?? 1) - 1, day ?? 1).toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Traces kept on this device: compare with the last one, show one, export, import, delete everything. */
export function TraceHistory({ kept, onKept }: { kept: KeptTrace[] | null; onKept: (traces: KeptTrace[]) => void }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const words = useTraceWords();
  const pins = useTrace((state) => state.pins);
  const compareOnBody = useTrace((state) => state.compareOnBody);
  const { setPins, setCompare } = useTraceActions();
  const [message, setMessage] = useState<{ text: string; problem?: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void readTraces().then(onKept);
  }, [onKept]);

  const today = new Date();
  const todayKey = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const last = kept?.filter((trace) => trace.date !== todayKey).at(-1);
  const change = last && pins.length > 0 ? compareTraces(last.pins, pins) : undefined;
  const sentences = change ? changeSentences(change, words, t) : [];

  useEffect(() => {
    setCompare(compareOnBody && last ? last.pins : null);
  }, [compareOnBody, last, setCompare]);

  const download = () => {
    const file = new Blob([JSON.stringify(exportFile(kept ?? [], new Date()), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(file);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `fascia-traces-${todayKey}.json`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const load = async (file: File) => {
    const result = readExport(await file.text());
    if (!result.ok) {
      setMessage({ text: t(`trace.history.refused.${result.reason}`), problem: true });
      return;
    }
    const merged = await importTraces(result.traces);
    onKept(merged.traces);
    setMessage({ text: merged.added > 0 ? t('trace.history.imported', { count: merged.added }) : t('trace.history.importNone') });
  };

  const removeAll = async () => {
    await deleteAllTraces();
    onKept([]);
    setConfirming(false);
    setMessage({ text: t('trace.history.deleted') });
  };

  return (
    <section className="trace-history" aria-labelledby="trace-history-title" data-testid="trace-history">
      <h3 id="trace-history-title">{t('trace.history.title')}</h3>
      {last && pins.length > 0 && (
        <div className="trace-history__compare" data-testid="trace-compare">
          <p className="trace-history__since">{t('trace.history.compare', { date: formatDate(last.date, language) })}</p>
          {sentences.length === 0 ? <p>{t('trace.history.same', { date: formatDate(last.date, language) })}</p> : sentences.map((line) => <p key={line}>{line}</p>)}
          <label className="trace-toggle">
            <input type="checkbox" checked={compareOnBody} onChange={(event) => useTrace.setState({ compareOnBody: event.target.checked })} />
            <span>{t('trace.history.onBody')}</span>
          </label>
        </div>
      )}
      {kept && kept.length === 0 && <p className="muted">{t('trace.history.empty')}</p>}
      {kept && kept.length > 0 && (
        <ul className="trace-history__list">
          {[...kept].reverse().map((trace) => (
            <li key={trace.date} data-date={trace.date}>
              <span className="trace-history__date">{formatDate(trace.date, language)}</span>
              <span className="trace-history__spots">{trace.pins.map((pin) => words.spotName(pin.region)).join(', ')}</span>
              <button type="button" className="secondary" onClick={() => setPins(trace.pins)}>{t('trace.history.show')}</button>
            </li>
          ))}
        </ul>
      )}
      <div className="trace-history__buttons">
        {kept && kept.length > 0 && <button type="button" className="secondary" onClick={download}>{t('trace.history.export')}</button>}
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>{t('trace.history.import')}</button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="trace-import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void load(file);
          }}
        />
        {kept && kept.length > 0 && !confirming && (
          <button type="button" className="secondary trace-history__delete" onClick={() => setConfirming(true)}>{t('trace.history.delete')}</button>
        )}
      </div>
      {confirming && (
        <div className="trace-history__confirm" role="alertdialog" aria-labelledby="trace-delete-question">
          <p id="trace-delete-question">{t('trace.history.deleteConfirm', { count: kept?.length ?? 0 })}</p>
          <button type="button" className="primary trace-history__delete-yes" onClick={() => void removeAll()}>{t('trace.history.deleteYes')}</button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t('trace.history.deleteNo')}</button>
        </div>
      )}
      {message && <p className={`trace-history__message${message.problem ? ' trace-history__message--problem' : ''}`} role={message.problem ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
