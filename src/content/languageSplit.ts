// The validated content, cut per language at build time so the first chunk carries one language and no long
// texts, and put back together at run time without a schema (the build validated it). Generic on purpose: it
// walks the content and treats every { nl, en } object as a text, so new content kinds need no change here.
// Zod-free: this module is part of the first chunk.
import { LANGUAGES, type Language } from './ids';
import type { Content } from './load';

export interface SplitOptions {
  /** Names and abbreviations shorter than this keep both languages: search finds a line by either name. */
  bothLanguagesBelow: number;
  /** Texts at least this long (explanations, steps, scene texts) wait for the long-text file. */
  deferFrom: number;
  /**
   * Fields whose texts are in the first chunk whatever their length: what the first screen and the labels on the
   * body show (a name popping in a moment later would move the labels), and what search matches.
   */
  keepFields: readonly string[];
}

export const SPLIT: SplitOptions = { bothLanguagesBelow: 64, deferFrom: 40, keepFields: ['names', 'abbreviation', 'tagline', 'title', 'label'] };

/** Where a text sits: object keys, array indexes and Map keys from the content's root. */
export type TextPath = readonly (string | number)[];

export interface LongText {
  path: TextPath;
  text: string;
}

export interface SplitContent {
  /** Plain JSON: Maps as { $map: entries }, Sets as { $set: items }, a language record's other languages as { $same: language }. */
  core: unknown;
  long: LongText[];
}

type Plain = Record<string, unknown>;

const isObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text in every language, such as { nl, en } or { claim, nl, en } or { nl, en, la }. */
function isText(value: unknown): value is Plain & Record<Language, string> {
  return isObject(value) && !(value instanceof Map) && LANGUAGES.every((language) => typeof value[language] === 'string');
}

/** Something kept per language that is not a text, such as the UI strings { nl: {…}, en: {…} }. */
function isLanguageRecord(value: Plain): boolean {
  return LANGUAGES.every((language) => language in value) && !isText(value);
}

/**
 * One language's content: texts of the other languages are replaced by this language's text (so every field a
 * component reads stays a string), long texts are left empty and listed in `long`.
 */
export function splitContent(content: Content, language: Language, options: SplitOptions = SPLIT): SplitContent {
  const long: LongText[] = [];
  const keep = new Set(options.keepFields);
  const walk = (value: unknown, path: TextPath): unknown => {
    if (value instanceof Map) return { $map: [...value].map(([key, item]) => [key, walk(item, [...path, key as string])]) };
    if (value instanceof Set) return { $set: [...value].map((item) => walk(item, path)) };
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (!isObject(value)) return value;
    if (isText(value)) {
      const out: Plain = { ...value };
      const field = path.findLast((segment) => typeof segment === 'string');
      const kept = field !== undefined && keep.has(field);
      if (kept && Math.max(...LANGUAGES.map((other) => value[other].length)) < options.bothLanguagesBelow) return out;
      const text = value[language];
      const deferred = !kept && text.length >= options.deferFrom;
      if (deferred) long.push({ path, text });
      for (const other of LANGUAGES) out[other] = deferred ? '' : text;
      return out;
    }
    const out: Plain = {};
    const record = isLanguageRecord(value);
    for (const [key, item] of Object.entries(value)) {
      const isOtherLanguage = record && key !== language && (LANGUAGES as readonly string[]).includes(key);
      out[key] = isOtherLanguage ? { $same: language } : walk(item, [...path, key]);
    }
    return out;
  };
  return { core: walk(content, []), long };
}

/** The content object again, from `splitContent(…).core` (Maps rebuilt, other languages pointing at this one). */
export function reviveContent(core: unknown): Content {
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(revive);
    if (!isObject(value)) return value;
    if (Array.isArray(value.$map)) {
      return new Map((value.$map as [string, unknown][]).map(([key, item]) => [key, revive(item)]));
    }
    if (Array.isArray(value.$set)) return new Set((value.$set as unknown[]).map(revive));
    const out: Plain = {};
    for (const [key, item] of Object.entries(value)) out[key] = revive(item);
    for (const [key, item] of Object.entries(out)) {
      if (isObject(item) && typeof item.$same === 'string') out[key] = out[item.$same];
    }
    return out;
  };
  return revive(core) as Content;
}

/** Puts the long texts into their places, in the same objects, so nothing that holds the content rebuilds. */
export function mergeLongTexts(content: Content, long: readonly LongText[]): number {
  let merged = 0;
  for (const { path, text } of long) {
    let node: unknown = content;
    for (const segment of path) {
      node = node instanceof Map ? node.get(segment) : isObject(node) || Array.isArray(node) ? (node as Plain)[segment] : undefined;
    }
    if (!isText(node)) continue;
    // The content is typed read-only for components; this is the one place that fills it in, once.
    for (const language of LANGUAGES) (node as Plain)[language] = text;
    merged++;
  }
  return merged;
}
