import { useEffect, useMemo } from 'react';
import { LINE_IDS } from '../../content/ids';
import { useContent } from '../../content/ContentContext';
import { useT } from '../../i18n/useT';
import { useExplorer, useExplorerActions } from '../../state/explorerStore';
import { MAX_COMPARED, useLearn, useLearnActions } from './learnStore';
import { shortName, studyName } from './names';
import { sharedAmong, sharedPairs } from './shared';
import { studyItems } from './studyItems';

export function CompareView() {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const compared = useLearn((state) => state.compare);
  const latin = useLearn((state) => state.progress.latin);
  const { toggleCompared } = useLearnActions();
  const { setShownLines, setFocus, moveCamera } = useExplorerActions();
  const lines = useMemo(() => compared.map((id) => content.lines[id]), [compared, content]);
  const pairs = useMemo(() => sharedPairs(lines), [lines]);
  const shared = useMemo(() => sharedAmong(lines), [lines]);

  useEffect(() => {
    setFocus(null);
    setShownLines(compared.map((id) => ({ id, side: 'both' })));
    if (compared.length > 0) moveCamera({ kind: 'lines' });
  }, [compared, setShownLines, setFocus, moveCamera]);

  const nameOf = (kind: 'station' | 'track', id: string, short = false) => {
    const names = kind === 'station' ? content.landmarks.get(id)?.names : content.structures.get(id)?.names;
    if (!names) return id;
    return short ? shortName(names, language, latin) : studyName(names, language, latin);
  };

  return (
    <div className="learn-compare">
      <fieldset className="learn-choices learn-choices--lines">
        <legend>{t('learn.compare.pick')}</legend>
        <p className="muted learn-help">{t('learn.compare.max')}</p>
        <div className="learn-line-chips">
          {LINE_IDS.map((id) => {
            const line = content.lines[id];
            return (
              <label key={id} className="learn-line-chip" title={line.names[language]} style={{ '--line-colour': line.colour } as React.CSSProperties}>
                <input type="checkbox" checked={compared.includes(id)} onChange={() => toggleCompared(id)} aria-label={line.names[language]} />
                <span className="learn-line-chip__abbreviation" aria-hidden="true">{line.abbreviation[language]}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {compared.length < 2 ? (
        <p className="muted">{t('learn.compare.needTwo')}</p>
      ) : (
        <>
          <h3>{t('learn.compare.shared')}</h3>
          <p className="muted learn-help">{t('learn.compare.legend')}</p>
          <ul className="learn-pairs" data-testid="learn-shared">
            {pairs.map((pair) => {
              const [first, second] = pair.lines;
              const title = t('learn.compare.pair', { first: content.lines[first].names[language], second: content.lines[second].names[language] });
              const nothing = pair.structures.length === 0 && pair.landmarks.length === 0;
              return (
                <li key={`${first}-${second}`} className="learn-pair" data-pair={`${first}-${second}`}>
                  <strong>{title}</strong>
                  {nothing ? <span className="muted"> {t('learn.compare.nothing')}</span> : (
                    <dl>
                      {pair.structures.length > 0 && (<>
                        <dt>{t('learn.compare.tissue')}</dt>
                        <dd data-shared="structures">{pair.structures.map((id) => nameOf('track', id, true)).join(', ')}</dd>
                      </>)}
                      {pair.landmarks.length > 0 && (<>
                        <dt>{t('learn.compare.stations')}</dt>
                        <dd data-shared="landmarks">{pair.landmarks.map((id) => nameOf('station', id, true)).join(', ')}</dd>
                      </>)}
                    </dl>
                  )}
                </li>
              );
            })}
          </ul>
          <div className="learn-compare__lists" style={{ '--columns': String(Math.min(compared.length, MAX_COMPARED)) } as React.CSSProperties}>
            {lines.map((line) => (
              <section key={line.id} className="learn-compare__line" style={{ '--line-colour': line.colour } as React.CSSProperties} aria-labelledby={`compare-${line.id}`}>
                <h4 id={`compare-${line.id}`}><span className="line-toggle__swatch" aria-hidden="true" /> {line.names[language]}</h4>
                <ol>
                  {studyItems(line, content.landmarks, content.structures).map((item) => {
                    const isShared = item.kind === 'station'
                      ? shared.landmarks.includes(item.id)
                      : [item.id, ...item.with].some((id) => shared.structures.includes(id));
                    return (
                      <li key={`${item.kind}:${item.id}`} className={isShared ? 'learn-shared' : undefined} data-shared={isShared || undefined}>
                        {isShared && <span className="learn-shared__mark" aria-hidden="true">◆ </span>}
                        {nameOf(item.kind, item.id, true)}
                        {isShared && <span className="visually-hidden"> ({t('learn.compare.sharedMark')})</span>}
                      </li>
                    );
                  })}
                </ol>
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
