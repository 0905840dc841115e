import { LANGUAGES, type Language } from '../content/ids';

/** The practice's own language, and so the first one: many of its Dutch clients have phones set to English. */
export const PRACTICE_LANGUAGE: Language = 'nl';

/**
 * From the link, else what the person chose before, else the practice's language. The browser's language is
 * not asked: a Dutch client with an English phone should meet the practice in Dutch first (issue 11).
 */
export function chooseLanguage(fromUrl: Language | undefined, saved: Language | undefined): Language {
  if (fromUrl && LANGUAGES.includes(fromUrl)) return fromUrl;
  if (saved && LANGUAGES.includes(saved)) return saved;
  return PRACTICE_LANGUAGE;
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than failing. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
