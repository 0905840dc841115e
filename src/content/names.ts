// How names are shown: Dutch client text puts the plain word first and the term after (DESIGN.md).
import type { Language } from './ids';
import type { AnatomicalNames, LocalText } from './schemas';

export function localText(text: LocalText, language: Language): string {
  return text[language];
}

/** "kuitspier (m. gastrocnemius)": the plain name, then the Latin term where it says something more. */
export function anatomicalName(names: AnatomicalNames, language: Language): string {
  const plain = names[language];
  const simplify = (value: string) => value.toLowerCase().replace(/^(m|mm|lig|os)\.\s*/, '');
  return simplify(plain) === simplify(names.la) ? plain : `${plain} (${names.la})`;
}
