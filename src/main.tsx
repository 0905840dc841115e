import '@fontsource-variable/inter';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { loadContentIn } from './content/runtime';
import { chooseLanguage } from './i18n/language';
import { startModelDownload } from './scene/modelDownload';
import { whenViewerSettled } from './state/viewerSettled';
import { useExplorer } from './state/explorerStore';
import { usePreferences } from './state/preferences';
import { parseUrl } from './state/url';
import './modes/urlParts';
import { App } from './ui/App';
import './ui/styles.css';

// Everything the first frame needs starts now and loads side by side: the content in the language the app
// opens in, the 3D view's code, and the body model (whose bytes the progress bar counts).
const language = chooseLanguage(parseUrl(window.location.search).state.language, usePreferences.getState().language);
useExplorer.getState().actions.setLanguage(language);
const content = loadContentIn(language);
void import('./scene/Viewer');
startModelDownload();
// The text's font, asked for now rather than when the first text is drawn: it arrives before the page is first
// painted, so the page's text is drawn once and not again when the font swaps in.
void document.fonts?.load('1em "Inter Variable"').catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const initial = { language, result: await content };
// Marks for the benchmark's timeline (tools/bench/timeline.ts) and a browser's performance panel.
performance.mark('fascia:content');
createRoot(root).render(
  <StrictMode>
    <App initial={initial} />
  </StrictMode>,
);

// Offline support; a new version waits until the app is next opened, and we say so. Registered after the body is
// drawn: the first install fetches and caches every file (3 MB), which must not compete with the first visit's start.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  whenViewerSettled(() => registerSW({
    immediate: true,
    onNeedRefresh: () => useExplorer.getState().actions.notify('notice.updateReady'),
    // Everything is in the cache (the first install finished): say once, calmly, that it works offline now.
    onOfflineReady: () => useExplorer.getState().actions.notify('notice.offlineReady', undefined, { transient: true }),
  }));
}
