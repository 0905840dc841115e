import { useCallback } from 'react';
import { useContent } from '../content/ContentContext';
import { useExplorer } from '../state/explorerStore';
import { fillPlaceholders } from './language';

export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** The UI string for a key in the current language; an unknown key shows itself, so it is noticed in review. */
export function useT(): Translate {
  const { ui } = useContent();
  const language = useExplorer((state) => state.language);
  return useCallback(
    (key, values) => fillPlaceholders(ui[language][key] ?? key, values),
    [ui, language],
  );
}
