// How the learn mode names things: plain Dutch or English, or the anatomical Latin for students who learn those.
import type { Language } from '../../content/ids';
import type { Content } from '../../content/load';
import { anatomicalName } from '../../content/names';
import type { AnatomicalNames } from '../../content/schemas';
import type { Connection, Part } from './quiz/types';

/** A name for a list or a quiz option: short, Latin when asked for. */
export function shortName(names: AnatomicalNames, language: Language, latin: boolean): string {
  return latin ? names.la : names[language];
}

/** A name for the study list: with Latin asked for, the Latin first and the plain word after. */
export function studyName(names: AnatomicalNames, language: Language, latin: boolean): string {
  if (!latin) return anatomicalName(names, language);
  return names.la.toLowerCase() === names[language].toLowerCase() ? names.la : `${names.la} (${names[language]})`;
}

type Names = Pick<Content, 'landmarks' | 'structures'>;

export function namesOfPart(content: Names, part: Part): AnatomicalNames | undefined {
  return part.kind === 'station' ? content.landmarks.get(part.id)?.names : content.structures.get(part.id)?.names;
}

export function partName(content: Names, part: Part, language: Language, latin: boolean): string {
  const names = namesOfPart(content, part);
  return names ? shortName(names, language, latin) : part.id;
}

export function connectionParts(connection: Connection): [Part, Part] {
  return [{ kind: 'track', id: connection.from }, { kind: 'track', id: connection.to }];
}
