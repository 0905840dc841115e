// Keeps the URL and the explorer state in step, both ways; back/forward restore what was shown.
import { withLine } from '../explorer/selection';
import { chooseLanguage } from '../i18n/language';
import { useExplorer, type ExplorerState } from './explorerStore';
import { usePreferences } from './preferences';
import { formatUrl, parseUrl } from './url';

const urlOf = (state: ExplorerState) =>
  formatUrl({
    language: state.language,
    lines: state.shownLines,
    ...(state.region ? { region: state.region } : {}),
    ...(state.lineDetail ? { line: state.lineDetail } : {}),
    ...(state.scene ? { scene: state.scene, step: state.step } : {}),
  });

function applyUrl(search: string, knownScenes: ReadonlySet<string>): void {
  const { state, dropped } = parseUrl(search, knownScenes);
  useExplorer.setState({
    language: chooseLanguage(state.language, usePreferences.getState().language),
    // A link to a line's page shows that line on the body as well.
    shownLines: state.line ? withLine(state.lines, state.line) : state.lines,
    region: state.region ?? null,
    lineDetail: state.line ?? null,
    focus: null,
    scene: state.scene ?? null,
    step: state.step ?? 1,
  });
  if (dropped.length > 0) useExplorer.getState().actions.notify('notice.droppedFromLink', { items: dropped.join(', ') });
}

/** Reads the URL once, then mirrors every change; returns a function that stops syncing. */
export function startUrlSync(knownScenes: ReadonlySet<string>): () => void {
  let applyingUrl = true;
  applyUrl(window.location.search, knownScenes);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${urlOf(useExplorer.getState())}`);
  applyingUrl = false;

  const onPopState = () => {
    const before = useExplorer.getState().region;
    applyingUrl = true;
    applyUrl(window.location.search, knownScenes);
    applyingUrl = false;
    // Back or forward to another body part turns the view to it, as choosing it did.
    const { region, actions } = useExplorer.getState();
    if (region && region !== before) actions.moveCamera({ kind: 'region', region });
  };
  window.addEventListener('popstate', onPopState);

  const unsubscribe = useExplorer.subscribe(urlOf, (search) => {
    if (applyingUrl || search === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
  });
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
