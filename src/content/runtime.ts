// Loads the content at run time: the chosen language's core first (what the first screen needs), its long texts
// after the first frame or as soon as a panel that shows them opens. The build validated both, so no schema runs
// here; only a file that could not be read at build time arrives as its list of problems.
import { coreLoaders, longTextLoaders } from 'virtual:fascia-content';
import { create } from 'zustand';
import type { Language } from './ids';
import { mergeLongTexts, reviveContent } from './languageSplit';
import type { ContentIssue, LoadResult } from './load';
import { checkLongTexts } from './runtimeCheck';

function loaderOf(loaders: typeof coreLoaders, language: Language): () => Promise<{ default: unknown }> {
  const loader = loaders[language];
  if (!loader) throw new Error(`no content was built for language "${language}"`);
  return loader;
}

const cores = new Map<Language, Promise<LoadResult>>();
const longTexts = new Map<Language, Promise<LongTextProblems>>();
/**
 * The languages whose long texts are in (or could not be had: then the short texts are all there will be), for
 * components that must not work with the texts still empty (a mode's panel).
 */
export const useLongTextsSettled = create<{ languages: readonly Language[] }>(() => ({ languages: [] }));

function isIssueList(value: unknown): value is { $issues: ContentIssue[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { $issues?: unknown }).$issues);
}

/** The content in one language (cached: a second call gives the same object). */
export function loadContentIn(language: Language): Promise<LoadResult> {
  let pending = cores.get(language);
  if (!pending) {
    pending = loaderOf(coreLoaders, language)().then(({ default: data }): LoadResult =>
      isIssueList(data) ? { ok: false, issues: data.$issues } : { ok: true, content: reviveContent(data) },
    );
    cores.set(language, pending);
  }
  return pending;
}

/** What could not be used of a language's long texts: named in a notice, while everything else goes on. */
export interface LongTextProblems {
  file: string;
  problems: string[];
}

/**
 * Fills the long texts into that language's content object (once); resolves when they are there, with what was
 * left out. A bundle that fails to load or is damaged leaves the short texts in place (robustness, issue 16).
 */
export function loadLongTextsIn(language: Language): Promise<LongTextProblems> {
  let pending = longTexts.get(language);
  if (!pending) {
    const file = `long texts (${language})`;
    pending = Promise.all([loadContentIn(language), loaderOf(longTextLoaders, language)()]).then(
      ([result, { default: long }]) => {
        const { texts, problems } = checkLongTexts(long);
        if (result.ok) mergeLongTexts(result.content, texts);
        return { file, problems };
      },
      (error: unknown) => ({ file, problems: [`could not be loaded (${error instanceof Error ? error.message.slice(0, 120) : 'unknown error'})`] }),
    ).then((problems) => {
      useLongTextsSettled.setState((state) => ({ languages: [...state.languages, language] }));
      return problems;
    });
    longTexts.set(language, pending);
  }
  return pending;
}
