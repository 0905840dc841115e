// The trace's wording in the language on screen: region names with their side, travel sentences.
import { useMemo } from 'react';
import { regionBase, regionSide, type RegionId } from '../../content/ids';
import { useContent } from '../../content/ContentContext';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { listPhrase, pinPhrase, type Wording } from './words';

export interface TraceWords extends Wording {
  /** "left foot", "lower back": a pinned spot as a chip names it. */
  spotName: (region: RegionId) => string;
  /** "your lower back and your left foot". */
  spotList: (regions: readonly RegionId[]) => string;
}

export function useTraceWords(): TraceWords {
  const { regions } = useContent();
  const language = useExplorer((state) => state.language);
  const t = useT();
  return useMemo(() => {
    const regionName = (base: keyof typeof regions) => regions[base].names[language];
    const wording: Wording = { t, regionName };
    const spotName = (region: RegionId) => {
      const side = regionSide(region);
      const name = regionName(regionBase(region));
      return side ? t(`trace.words.side.${side}`, { region: name }) : name;
    };
    return {
      ...wording,
      spotName,
      spotList: (list) => listPhrase(list.map((region) => pinPhrase(region, wording)), t),
    };
  }, [regions, language, t]);
}
