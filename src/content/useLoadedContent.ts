// The content the app shows: the language in the explorer store, its core at once, its long texts a moment later.
import { useEffect, useState } from 'react';
import { useExplorer } from '../state/explorerStore';
import type { Language } from './ids';
import type { LoadResult } from './load';
import { loadContentIn, loadLongTextsIn } from './runtime';

export interface LoadedContent {
  language: Language;
  result: LoadResult;
}

/** Bundles whose problems were already named. */
const noticed = new Set<string>();

/** Long texts come anyway this long after start, also when the 3D view never gets ready (no WebGL). */
const LONG_TEXTS_AT_THE_LATEST_MS = 4000;

/**
 * Follows the store's language (the previous language stays on screen for the moment the next one loads, so
 * nothing unmounts); `textsVersion` changes when long texts were filled in, so the panels render them.
 */
export function useLoadedContent(initial: LoadedContent): LoadedContent & { textsVersion: number } {
  const language = useExplorer((state) => state.language);
  const [loaded, setLoaded] = useState(initial);
  const [textsVersion, setTextsVersion] = useState(0);
  // After the first frame, or at once when something that shows long texts is open (a mode's panel among them).
  const wantsLongTexts = useExplorer(
    (state) => state.viewerReady || state.region !== null || state.lineDetail !== null || state.scene !== null || state.mode !== 'explore',
  );
  const [late, setLate] = useState(false);

  useEffect(() => {
    if (language === loaded.language) return;
    let current = true;
    void loadContentIn(language).then((result) => {
      if (current) setLoaded({ language, result });
    });
    return () => {
      current = false;
    };
  }, [language, loaded.language]);

  // Only while nothing has asked for them yet: a timer that fires later re-renders the whole app for nothing (and
  // the 3D view draws a frame for it).
  useEffect(() => {
    if (wantsLongTexts) return;
    const timer = setTimeout(() => setLate(true), LONG_TEXTS_AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, [wantsLongTexts]);

  useEffect(() => {
    if (!wantsLongTexts && !late) return;
    let current = true;
    void loadLongTextsIn(loaded.language).then(({ file, problems }) => {
      if (!current) return;
      setTextsVersion((version) => version + 1);
      // Named once per language: the short texts stay, everything else works.
      if (problems.length > 0 && !noticed.has(file)) {
        noticed.add(file);
        useExplorer.getState().actions.notify('fallback.contentProblem', { file, fields: problems.join('; ') });
      }
    });
    return () => {
      current = false;
    };
  }, [wantsLongTexts, late, loaded.language]);

  return { ...loaded, textsVersion };
}
