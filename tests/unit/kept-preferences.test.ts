// @vitest-environment jsdom
// The preferences kept in localStorage: read from every earlier version, damaged text set aside, and a storage that
// refuses every write (Safari's private mode) never breaks an action.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const NAME = 'fascia-explorer.preferences';

async function freshPreferences() {
  vi.resetModules();
  const device = await import('../../src/storage/deviceStore');
  const preferences = await import('../../src/state/preferences');
  return { device, preferences };
}

describe('kept preferences', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('reads what version 1 kept, key by key, and an unversioned save the same way', async () => {
    localStorage.setItem(NAME, JSON.stringify({ state: { language: 'nl', theme: 'dark', skinOpacity: 0.4, showStations: false, showLabels: true }, version: 1 }));
    const { preferences } = await freshPreferences();
    expect(preferences.usePreferences.getState()).toMatchObject({ language: 'nl', theme: 'dark', skinOpacity: 0.4, showStations: false, showLabels: true });

    localStorage.setItem(NAME, JSON.stringify({ state: { language: 'en', theme: 'purple', skinOpacity: 7 } }));
    const again = await freshPreferences();
    expect(again.preferences.usePreferences.getState()).toMatchObject({ language: 'en', theme: 'system', skinOpacity: 1, showStations: true });
  });

  it('sets damaged saved text aside with a notice, and starts from the defaults', async () => {
    localStorage.setItem(NAME, '{"state": {"theme": "da');
    const { device, preferences } = await freshPreferences();
    expect(preferences.usePreferences.getState().theme).toBe('system');
    expect(localStorage.getItem(`${NAME}.damaged`)).toBe('{"state": {"theme": "da');
    const asides: string[] = [];
    device.onEntrySetAside((key) => asides.push(key))();
    expect(asides).toEqual([`${NAME}.damaged`]);
  });

  it('works on when every write is refused, and says once that nothing is kept', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { device, preferences } = await freshPreferences();
    const problems: string[] = [];
    device.onStorageProblem((problem) => problems.push(problem));
    const { setTheme, setSkinOpacity } = preferences.usePreferences.getState().actions;
    expect(() => setTheme('dark')).not.toThrow();
    expect(() => setSkinOpacity(0.3)).not.toThrow();
    expect(preferences.usePreferences.getState()).toMatchObject({ theme: 'dark', skinOpacity: 0.3 });
    expect(problems).toEqual(['full']);
  });
});
