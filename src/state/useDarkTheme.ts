import { usePreferences } from './preferences';
import { useMediaQuery } from './useMediaQuery';

/** Whether the page is dark now: the person's choice, or the device's when they left it automatic. */
export function useDarkTheme(): boolean {
  const theme = usePreferences((state) => state.theme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  return theme === 'dark' || (theme === 'system' && systemDark);
}
