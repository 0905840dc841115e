// What is kept on the device between visits. Versioned, so a saved choice survives the next release.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../content/ids';

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
  actions: {
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
  showLabels: false,
};

export const PREFERENCES_VERSION = 1;

const savedPreferencesSchema = z
  .object({
    language: z.enum(LANGUAGES).optional().catch(undefined),
    theme: z.enum(['system', 'light', 'dark']).catch('system'),
    skinOpacity: z.number().min(0.05).max(1).catch(1),
    showStations: z.boolean().catch(true),
    showLabels: z.boolean().catch(false),
  })
  .partial();

/** Whatever was saved, older or damaged, becomes valid preferences: what still fits is kept, the rest is default. */
export function restorePreferences(saved: unknown): Preferences {
  const parsed = savedPreferencesSchema.safeParse(saved);
  return { ...DEFAULT_PREFERENCES, ...(parsed.success ? parsed.data : {}) };
}

export const usePreferences = create<PreferencesStore>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFERENCES,
      actions: {
        saveLanguage: (language) => set({ language }),
        setTheme: (theme) => set({ theme }),
        setSkinOpacity: (skinOpacity) => set({ skinOpacity: Math.min(1, Math.max(0.05, skinOpacity)) }),
        setShowStations: (showStations) => set({ showStations }),
        setShowLabels: (showLabels) => set({ showLabels }),
      },
    }),
    {
      name: 'fascia-explorer.preferences',
      version: PREFERENCES_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ actions: _actions, ...preferences }) => preferences,
      migrate: (saved) => restorePreferences(saved),
      merge: (saved, current) => ({ ...current, ...restorePreferences(saved) }),
    },
  ),
);
