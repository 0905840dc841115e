import { REGION_IDS, type RegionId } from '../../content/ids';
import { useT } from '../../i18n/useT';
import { useExplorerActions } from '../../state/explorerStore';
import { INTENSITIES, type Pin } from './pins';
import { useTrace, useTraceActions } from './traceStore';
import { useTraceWords } from './useTraceWords';
import { useState } from 'react';

/** The pinned spots as chips: how much each bothers (three steps) and a way to take it away. */
export function PinList({ pins }: { pins: readonly Pin[] }) {
  const t = useT();
  const words = useTraceWords();
  const { setIntensity, remove, clear } = useTraceActions();
  return (
    <section className="trace-pins" aria-labelledby="trace-pins-title">
      <h3 id="trace-pins-title">{t('trace.pins.title')}</h3>
      <ul className="trace-pins__list">
        {pins.map((pin) => {
          const name = words.spotName(pin.region);
          return (
            <li key={pin.region} className={`trace-pin trace-pin--${pin.intensity}`} data-region={pin.region}>
              <span className="trace-pin__dot" aria-hidden="true" />
              <span className="trace-pin__name">
                {name}
                <span className="trace-pin__label muted" aria-hidden="true">{t(`trace.intensity.${pin.intensity}`)}</span>
              </span>
              <span className="trace-pin__scale" role="radiogroup" aria-label={t('trace.pins.intensity', { region: name })}>
                {INTENSITIES.map((level) => (
                  <button
                    key={level}
                    type="button"
                    role="radio"
                    aria-checked={pin.intensity === level}
                    className="trace-pin__level"
                    data-level={level}
                    title={t(`trace.intensity.${level}`)}
                    onClick={() => setIntensity(pin.region, level)}
                  >
                    <span aria-hidden="true" className="trace-pin__bar" />
                    <span className="visually-hidden">{t(`trace.intensity.${level}`)}</span>
                  </button>
                ))}
              </span>
              <button type="button" className="icon-button trace-pin__remove" aria-label={t('trace.pins.remove', { region: name })} onClick={() => remove(pin.region)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {pins.length > 1 && <button type="button" className="link-button trace-pins__clear" onClick={clear}>{t('trace.pins.clear')}</button>}
    </section>
  );
}

/** One tap brings back what the last tap took away. */
export function UndoBar() {
  const t = useT();
  const words = useTraceWords();
  const pins = useTrace((state) => state.pins);
  const previous = useTrace((state) => state.previous);
  const { undo } = useTraceActions();
  const removed = previous?.filter((pin) => !pins.some((kept) => kept.region === pin.region)) ?? [];
  if (removed.length === 0) return null;
  return (
    <p className="trace-undo" role="status">
      {t('trace.undone.removed', { region: removed.map((pin) => words.spotName(pin.region)).join(', ') })}{' '}
      <button type="button" className="secondary" onClick={undo}>{t('trace.undo')}</button>
    </p>
  );
}

/** The keyboard way to pin: choose a body part, add it (the same as a tap on the body). */
export function PinPicker() {
  const t = useT();
  const words = useTraceWords();
  const pins = useTrace((state) => state.pins);
  const { tap } = useTraceActions();
  const { moveCamera } = useExplorerActions();
  const [chosen, setChosen] = useState<RegionId | ''>('');
  const options = REGION_IDS.filter((id) => !pins.some((pin) => pin.region === id))
    .map((id) => ({ id, name: words.spotName(id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const add = () => {
    if (!chosen) return;
    tap(chosen);
    moveCamera({ kind: 'region', region: chosen });
    setChosen('');
  };
  return (
    <form
      className="trace-picker"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <label>
        <span>{t('trace.pick')}</span>
        <select value={chosen} onChange={(event) => setChosen(event.target.value as RegionId | '')} data-testid="trace-picker">
          <option value="">{t('trace.pick.none')}</option>
          {options.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={!chosen}>{t('trace.pick.add')}</button>
    </form>
  );
}
