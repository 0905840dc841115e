import { beforeEach, describe, expect, it } from 'vitest';
import { setXray, XRAY_OPACITY } from '../../src/modes/learn/xray';
import { usePreferences } from '../../src/state/preferences';

const prefs = () => usePreferences.getState();

describe("the learn mode's x-ray", () => {
  beforeEach(() => {
    setXray(false);
    prefs().actions.setSkinOpacity(0.9);
  });

  it("shows the skin see-through without touching the student's own setting, and takes it back", () => {
    setXray(true);
    expect(prefs().skinOverride).toBe(XRAY_OPACITY);
    expect(prefs().skinOpacity).toBe(0.9);
    setXray(false);
    expect(prefs().skinOverride).toBeNull();
    expect(prefs().skinOpacity).toBe(0.9);
  });

  it('leaves a student who already sees through the skin as they are', () => {
    prefs().actions.setSkinOpacity(0.2);
    setXray(true);
    expect(prefs().skinOverride).toBeNull();
  });

  it("keeps the student's own slider move, and a tour's override it did not set", () => {
    setXray(true);
    prefs().actions.setSkinOpacity(0.6);
    setXray(false);
    expect(prefs().skinOpacity).toBe(0.6);
    // The next deep question shows x-ray again.
    setXray(true);
    expect(prefs().skinOverride).toBe(XRAY_OPACITY);
    setXray(false);

    prefs().actions.setSkinOverride(0.5);
    setXray(true);
    setXray(false);
    expect(prefs().skinOverride).toBe(0.5);
    prefs().actions.setSkinOverride(null);
  });
});
