import { REGION_IDS, type RegionId } from '../content/ids';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { useRegionName } from './RegionPanel';

/** Every body part in a list: the keyboard and screen-reader way to do what a tap on the body does. */
export function RegionPicker() {
  const t = useT();
  const regionName = useRegionName();
  const region = useExplorer((state) => state.region);
  const { selectRegion, moveCamera } = useExplorerActions();
  // One collator for the sort: localeCompare builds one per comparison (~50 ms for this list on a slow tablet).
  const collator = new Intl.Collator();
  const options = REGION_IDS.map((id) => ({ id, name: regionName(id) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <label className="region-picker">
      <span>{t('regions.pick')}</span>
      <select
        value={region ?? ''}
        onChange={(event) => {
          const chosen = event.target.value as RegionId | '';
          selectRegion(chosen || null);
          if (chosen) moveCamera({ kind: 'region', region: chosen });
        }}
      >
        <option value="">{t('regions.none')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>{option.name}</option>
        ))}
      </select>
    </label>
  );
}
