// What arrives at run time is checked before it is used: a long-text bundle that is cut off, replaced or damaged
// (a broken cache, a proxy) must never blank the app. Each unusable entry is left out and named by its field.
import type { LongText } from './languageSplit';

export interface CheckedLongTexts {
  texts: LongText[];
  /** `field: what was wrong`, one per unusable entry (at most a few, then a count). */
  problems: string[];
}

const MAX_NAMED = 3;

/** The field a long text fills, in the words of the content files: `regions › jaw › whatIsThere[0]`. */
export function fieldName(path: readonly unknown[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index > 0 ? ' › ' : ''}${String(segment)}`)).join('');
}

const isSegment = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.length > 0 && value.length < 200) || (typeof value === 'number' && Number.isInteger(value) && value >= 0);

export function checkLongTexts(value: unknown): CheckedLongTexts {
  if (!Array.isArray(value)) return { texts: [], problems: [`(the whole bundle): expected a list of texts, got ${value === null ? 'null' : typeof value}`] };
  const texts: LongText[] = [];
  const problems: string[] = [];
  let unnamed = 0;
  value.forEach((entry: unknown, index) => {
    const path = (entry as { path?: unknown } | null)?.path;
    const text = (entry as { text?: unknown } | null)?.text;
    const pathOk = Array.isArray(path) && path.length > 0 && path.every(isSegment);
    // A path into the prototype would write where no text belongs.
    const safe = pathOk && !path.some((segment) => segment === '__proto__' || segment === 'constructor' || segment === 'prototype');
    if (safe && typeof text === 'string') {
      texts.push({ path: path as LongText['path'], text });
      return;
    }
    const field = pathOk ? fieldName(path) : `[${index}]`;
    const reason = !safe ? 'path: not a field of the content' : 'text: expected a text';
    if (problems.length < MAX_NAMED) problems.push(`${field} ${reason}`);
    else unnamed++;
  });
  if (unnamed > 0) problems.push(`+${unnamed}`);
  return { texts, problems };
}
