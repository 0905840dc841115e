// The live text alternative of the 3D view: what is lit and where it runs, in words.
import type { Language } from '../content/ids';
import type { Content } from '../content/load';
import type { ShownLine } from './shownLine';

type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** A name inside a sentence: "Brow ridge" → "brow ridge", but an abbreviation such as "ASIS" stays as it is. */
export function midSentence(name: string): string {
  const [first = '', second = ''] = name;
  return second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase() ? name : first.toLocaleLowerCase() + name.slice(1);
}

export function describeLineRoute(content: Pick<Content, 'lines' | 'landmarks'>, lineId: ShownLine['id'], language: Language, t: Translate): string {
  const line = content.lines[lineId];
  const first = line.path[0];
  const last = line.path.at(-1);
  const nameOf = (id: string | undefined) => (id ? midSentence(content.landmarks.get(id)?.names[language] ?? id) : '');
  return t('viewer.lineRoute', { line: line.names[language], from: nameOf(first?.id), to: nameOf(last?.id) });
}

export function describeView(
  content: Pick<Content, 'lines' | 'landmarks'>,
  shown: readonly ShownLine[],
  regionName: string | undefined,
  viewName: string,
  language: Language,
  t: Translate,
): string {
  const parts: string[] = [];
  if (shown.length === 0) parts.push(t('viewer.nothingShown', { view: viewName }));
  else {
    const names = shown.map(({ id, side }) => {
      const name = content.lines[id].names[language];
      return side === 'both' ? name : `${name} (${t(`lines.side.${side}`).toLowerCase()})`;
    });
    parts.push(t('viewer.linesShown', { lines: names.join(', '), view: viewName }));
    for (const { id } of shown.slice(0, 4)) parts.push(describeLineRoute(content, id, language, t));
  }
  if (regionName) parts.push(t('viewer.regionShown', { region: regionName }));
  return parts.join(' ');
}

