import { regionBase, regionSide, type RegionId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { LineChips } from './LineChips';
import { Passages, Warnings } from './Passages';
import { PatternList } from './PatternList';

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

/** Everything about one body region: what is there, the lines through it, what people feel, the patterns. */
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

  return (
    <section className="panel region-panel" role="region" aria-labelledby="region-title" data-region={region}>
      <header className="panel__head">
        <h2 id="region-title" tabIndex={-1}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('region.close')} onClick={() => selectRegion(null)}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      <Warnings passages={[...data.whatIsThere, ...data.clientsFeel, ...data.notes]} />
      <h3>{t('region.linesThrough')}</h3>
      {lineIds.length > 0 ? <LineChips lineIds={lineIds} /> : <p className="muted">{t('region.noLines')}</p>}
      <h3>{t('region.whatIsThere')}</h3>
      <Passages passages={data.whatIsThere} warnings={false} />
      {data.inDepth.length > 0 && (
        <details className="in-depth">
          <summary>{t('region.inDepth')}</summary>
          <Passages passages={data.inDepth} warnings={false} />
        </details>
      )}
      <h3>{t('region.clientsFeel')}</h3>
      <Passages passages={data.clientsFeel} warnings={false} />
      {data.notes.length > 0 && <Passages passages={data.notes} warnings={false} />}
      <h3>{t('region.patterns')}</h3>
      {patternIds.length > 0 ? <PatternList patternIds={patternIds} /> : <p className="muted">{t('region.noPatterns')}</p>}
    </section>
  );
}
