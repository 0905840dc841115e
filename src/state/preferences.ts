// What is kept on the device between visits. Versioned, so a saved choice survives the next release.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { LANGUAGES, type Language } from '../content/ids';
import { safeJsonStorage } from '../storage/localPreferences';

export type Theme = 'system' | 'light' | 'dark';

export interface Preferences {
  language: Language | undefined;
  theme: Theme;
  /** Skin opacity the person last chose: 1 is solid, lower is x-ray. */
  skinOpacity: number;
  showStations: boolean;
  showLabels: boolean;
}

interface PreferencesStore extends Preferences {
  /**
   * A tour step's x-ray level, shown instead of `skinOpacity` while the step is on screen and never saved, so a
   * tour does not change the person's own setting (null: their setting holds).
   */
  skinOverride: number | null;
  actions: {
    setSkinOverride: (opacity: number | null) => void;
    saveLanguage: (language: Language) => void;
    setTheme: (theme: Theme) => void;
    setSkinOpacity: (opacity: number) => void;
    setShowStations: (show: boolean) => void;
    setShowLabels: (show: boolean) => void;
  };
}

export const DEFAULT_PREFERENCES: Preferences = {
  language: undefined,
  theme: 'system',
  skinOpacity: 1,
  showStations: true,
  // Named from the start: an unnamed bead means nothing to someone who does not know the line yet (second user test).
  showLabels: true,
};

/**
 * Version 1 (the first release) kept language, theme, skinOpacity, showStations and showLabels. An unversioned
 * save (version 0) is read the same way; each value is checked on its own in restorePreferences.
 */
export const PREFERENCES_VERSION = 1;

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Each saved value is checked on its own: a damaged one falls back to its default, the others are kept. */
const savedValueChecks: { [K in keyof Preferences]: (value: unknown) => boolean } = {
  language: (value) => (LANGUAGES as readonly unknown[]).includes(value),
  theme: (value) => (THEMES as readonly unknown[]).includes(value),
  skinOpacity: (value) => typeof value === 'number' && value >= 0.05 && value <= 1,
  showStations: (value) => typeof value === 'boolean',
  showLabels: (value) => typeof value === 'boolean',
};

/**
 * Whatever was saved, older or damaged, becomes valid preferences: what still fits is kept, the rest is default.
 * Plain checks rather than a schema library: this runs before the first frame (issue 12: no zod at start).
 */
export function restorePreferences(saved: unknown): Preferences {
  const restored: Preferences = { ...DEFAULT_PREFERENCES };
  if (typeof saved !== 'object' || saved === null) return restored;
  for (const key of Object.keys(savedValueChecks) as (keyof Preferences)[]) {
    const value = (saved as Record<string, unknown>)[key];
    if (savedValueChecks[key](value)) Object.assign(restored, { [key]: value });
  }
  return restored;
}

export const usePreferences = create<PreferencesStore>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFERENCES,
      skinOverride: null,
      actions: {
        setSkinOverride: (skinOverride) => set({ skinOverride }),
        saveLanguage: (language) => set({ language }),
        setTheme: (theme) => set({ theme }),
        // The person's own hand on the slider takes over from a tour step's level.
        setSkinOpacity: (skinOpacity) => set({ skinOpacity: Math.min(1, Math.max(0.05, skinOpacity)), skinOverride: null }),
        setShowStations: (showStations) => set({ showStations }),
        setShowLabels: (showLabels) => set({ showLabels }),
      },
    }),
    {
      name: 'fascia-explorer.preferences',
      version: PREFERENCES_VERSION,
      // Refused or full storage, or damaged saved text, never crashes: see storage/localPreferences.ts.
      storage: safeJsonStorage<Preferences>(),
      partialize: ({ actions: _actions, skinOverride: _override, ...preferences }) => preferences,
      migrate: (saved) => restorePreferences(saved),
      merge: (saved, current) => ({ ...current, ...restorePreferences(saved) }),
    },
  ),
);
