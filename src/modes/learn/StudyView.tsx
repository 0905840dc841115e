import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { LINE_IDS, type LineId } from '../../content/ids';
import { useContent } from '../../content/ContentContext';
import { linesOfPart } from '../../explorer/highlight';
import { useT } from '../../i18n/useT';
import { useExplorer, useExplorerActions } from '../../state/explorerStore';
import { Passages } from '../../ui/Passages';
import { PatternList } from '../../ui/PatternList';
import { EvidenceBadge, LocalTextList } from '../../ui/TextBits';
import { useLearn, useLearnActions } from './learnStore';
import { studyName } from './names';
import { studyItems, type StudyItem } from './studyItems';
import { setXray } from './xray';

/** Keeps the body in step with the item studied: the line lit, the item framed, named and lit, x-ray where deep. */
function useStudyOnBody(lineId: LineId, item: StudyItem | undefined) {
  const { setShownLines, setFocus, moveCamera } = useExplorerActions();
  useEffect(() => {
    setShownLines([{ id: lineId, side: 'both' }]);
    if (!item) moveCamera({ kind: 'lines' });
  }, [lineId, item, setShownLines, moveCamera]);
  useEffect(() => {
    if (!item) {
      setFocus(null);
      setXray(false);
      return;
    }
    const focus = { kind: item.kind, id: item.id };
    setFocus(focus);
    moveCamera({ kind: 'focus', focus });
    setXray(item.deep);
  }, [item, setFocus, moveCamera]);
  useEffect(() => () => setXray(false), []);
}

export function StudyView() {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const lineId = useLearn((state) => state.study);
  const itemId = useLearn((state) => state.item);
  const latin = useLearn((state) => state.progress.latin);
  const { study, setItem } = useLearnActions();
  const line = content.lines[lineId];
  const items = useMemo(() => studyItems(line, content.landmarks, content.structures), [line, content]);
  const current = items.findIndex((item) => item.id === itemId);
  const item = current >= 0 ? items[current] : undefined;
  useStudyOnBody(lineId, item);
  const listRef = useRef<HTMLOListElement>(null);
  // A link to an item deep in the list (`item=psoas`) shows that item, not the top of the list.
  useEffect(() => {
    const row = current >= 0 ? listRef.current?.querySelectorAll('.learn-item-row')[current] : undefined;
    const panel = row?.closest('.detail');
    // Only where the panel scrolls on its own: on a phone the page scrolls, and the body must stay in view.
    if (row && panel && getComputedStyle(panel).overflowY === 'auto') row.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (index: number) => {
    const target = items[index];
    if (!target) return;
    setItem(target.id);
    listRef.current?.querySelectorAll<HTMLButtonElement>('button.learn-item')[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const from = current < 0 ? -1 : current;
    const moves: Record<string, number> = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: items.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    choose(Math.max(0, Math.min(items.length - 1, to)));
  };
  const nameOf = (kind: StudyItem['kind'], id: string) => {
    const names = kind === 'station' ? content.landmarks.get(id)?.names : content.structures.get(id)?.names;
    return names ? studyName(names, language, latin) : id;
  };
  const { continuity, forceTransmission } = line.evidence;
  let lastBranch: string | null = null;

  return (
    <div className="learn-study" style={{ '--line-colour': line.colour } as React.CSSProperties}>
      <label className="learn-field">
        <span>{t('learn.study.line')}</span>
        <select value={lineId} onChange={(event) => study(event.target.value as LineId)}>
          {LINE_IDS.map((id) => <option key={id} value={id}>{content.lines[id].names[language]}</option>)}
        </select>
      </label>
      <h3 id="learn-items-title">{t('learn.study.items', { line: line.names[language] })}</h3>
      <p className="muted learn-help">{t('learn.study.itemsHelp')}</p>
      <ol className="learn-items" ref={listRef} aria-labelledby="learn-items-title" onKeyDown={onKeyDown}>
        {items.map((entry, index) => {
          const branch = entry.branch !== lastBranch ? line.branches.find((b) => b.id === entry.branch) : undefined;
          lastBranch = entry.branch;
          const selected = index === current;
          const others = linesOfPart(entry.kind, entry.id, content).filter((id) => id !== lineId);
          return (
            <li key={`${entry.kind}:${entry.id}`} className={`learn-item-row learn-item-row--${entry.kind}`} data-item={entry.id}>
              {branch && <p className="learn-branch">{t('learn.study.branch', { name: branch.names[language] })}</p>}
              <button
                type="button"
                className="learn-item"
                aria-current={selected ? 'step' : undefined}
                tabIndex={selected || (current < 0 && index === 0) ? 0 : -1}
                onClick={() => choose(index)}
              >
                <span className="learn-item__kind">{t(entry.kind === 'station' ? 'line.station' : 'line.track')}</span>
                <span className="learn-item__name">
                  {nameOf(entry.kind, entry.id)}
                  {entry.with.map((partner) => <span key={partner} className="learn-item__with"> · {nameOf('track', partner)}</span>)}
                </span>
                {entry.deep && <span className="learn-item__deep" title={t('learn.study.deep')}>◐</span>}
              </button>
              {selected && (
                <div className="learn-item__detail" role="status">
                  <p className="muted">{t('learn.study.position', { position: index + 1, count: items.length })}
                    {entry.deep && <> · {t('learn.study.deep')}</>}
                    {entry.otherSide && <> · {t('line.otherSide')}</>}
                  </p>
                  <p>{others.length > 0
                    ? t('learn.study.partOf', { lines: others.map((id) => content.lines[id].names[language]).join(', ') })
                    : t('learn.study.onlyThis')}</p>
                  {entry.kind === 'track' && (() => {
                    const step = [line.path, ...line.branches.map((b) => b.path)].flat()
                      .find((candidate) => candidate.kind === 'track' && candidate.id === entry.id);
                    return step?.kind === 'track' && step.evidence
                      ? <p><EvidenceBadge level={step.evidence.level} /> {step.evidence.note[language]}</p>
                      : null;
                  })()}
                  <div className="learn-item__steps">
                    <button type="button" className="secondary" disabled={index === 0} onClick={() => choose(index - 1)}>
                      ↑ {t('learn.study.previous')}
                    </button>
                    <button type="button" className="secondary" disabled={index === items.length - 1} onClick={() => choose(index + 1)}>
                      ↓ {t('learn.study.next')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <h3>{t('learn.study.summary')}</h3>
      <Passages passages={[line.summary]} />
      <h3>{t('line.function')}</h3>
      <Passages passages={[...line.function, ...line.posture, ...line.movement]} />
      <h3>{t('line.patterns')}</h3>
      <PatternList patternIds={content.index.patternsOfLine[lineId]} />
      <h3>{t('line.assessment')}</h3>
      <LocalTextList items={line.assessment} />
      <h3>{t('line.evidence')}</h3>
      <dl className="evidence">
        <dt>{t('line.evidence.continuity')}</dt>
        <dd><EvidenceBadge level={continuity.level} transitions={continuity.transitions} /> {continuity.note[language]}</dd>
        <dt>{t('line.evidence.forceTransmission')}</dt>
        <dd><EvidenceBadge level={forceTransmission.level} transitions={forceTransmission.transitions} /> {forceTransmission.note[language]}</dd>
      </dl>
      {line.evidence.note && <p className="muted">{line.evidence.note[language]}</p>}
      <Passages passages={line.caveats} />
    </div>
  );
}
