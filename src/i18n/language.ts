import { LANGUAGES, type Language } from '../content/ids';

/** From the URL, else the saved choice, else the browser's language, else Dutch (the practice's language). */
export function chooseLanguage(
  fromUrl: Language | undefined,
  saved: Language | undefined,
  browserLanguages: readonly string[],
): Language {
  if (fromUrl) return fromUrl;
  if (saved) return saved;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return 'nl';
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than failing. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
