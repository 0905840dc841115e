import { regionBase, regionSide, type RegionId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { LineChips } from './LineChips';
import { Passages, Warnings } from './Passages';
import { ExerciseDetails, PatternList } from './PatternList';
import { readingOrder } from '../content/passages';
import { exercisesForRegion } from '../explorer/regionAnswer';

export function useRegionName(): (region: RegionId) => string {
  const { regions } = useContent();
  const language = useExplorer((state) => state.language);
  const t = useT();
  return (region) => {
    const name = regions[regionBase(region)].names[language];
    const side = regionSide(region);
    return side ? t('region.sided', { region: name, side: t(`region.side.${side}`) }) : name;
  };
}

/**
 * One body region, short answer first: what is here in a sentence, when to get help, the lines through it and what to
 * try now; then what people feel and the patterns; the longer text and the anatomical names folded at the end.
 */
export function RegionPanel({ region }: { region: RegionId }) {
  const content = useContent();
  const t = useT();
  const regionName = useRegionName();
  const { selectRegion } = useExplorerActions();
  const language = useExplorer((state) => state.language);
  const base = regionBase(region);
  const data = content.regions[base];
  const lineIds = content.index.linesThroughRegion[base];
  const patternIds = content.index.patternsOfRegion[base];
  const name = regionName(region);
  const title = name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  // The short answer first: the first plain passage; the rest of "what is there" waits, folded, below.
  const { others } = readingOrder(data.whatIsThere);
  const [lead, ...rest] = others;
  const exerciseIds = exercisesForRegion(content, base);

  return (
    <section className="panel region-panel" role="region" aria-labelledby="region-title" data-region={region}>
      <header className="panel__head">
        <h2 id="region-title" tabIndex={-1}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('region.close')} onClick={() => selectRegion(null)}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      {lead && <Passages passages={[lead]} warnings={false} />}
      <Warnings passages={[...data.whatIsThere, ...data.clientsFeel, ...data.notes]} />
      <h3>{t('region.linesThrough')}</h3>
      {lineIds.length > 0 ? <LineChips lineIds={lineIds} /> : <p className="muted">{t('region.noLines')}</p>}
      {exerciseIds.length > 0 && (
        <>
          <h3>{t('region.whatToDo')}</h3>
          {exerciseIds.map((id) => <ExerciseDetails key={id} exerciseId={id} />)}
        </>
      )}
      <h3>{t('region.clientsFeel')}</h3>
      <Passages passages={data.clientsFeel} warnings={false} />
      <h3>{t('region.patterns')}</h3>
      {patternIds.length > 0 ? <PatternList patternIds={patternIds} /> : <p className="muted">{t('region.noPatterns')}</p>}
      {(rest.length > 0 || data.notes.length > 0) && (
        <details className="in-depth region-more">
          <summary>{t('region.more')}</summary>
          <Passages passages={[...rest, ...data.notes]} warnings={false} />
        </details>
      )}
      {data.inDepth.length > 0 && (
        <details className="in-depth">
          <summary>{t('region.inDepth')}</summary>
          <Passages passages={data.inDepth} warnings={false} />
        </details>
      )}
    </section>
  );
}
