import { useSyncExternalStore } from 'react';
import { usePreferences } from './preferences';

const query = '(prefers-color-scheme: dark)';

/** Whether the page is dark now: the person's choice, or the device's when they left it automatic. */
export function useDarkTheme(): boolean {
  const theme = usePreferences((state) => state.theme);
  const systemDark = useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
  return theme === 'dark' || (theme === 'system' && systemDark);
}
