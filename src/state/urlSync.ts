// Keeps the URL and the app's state in step, both ways; back/forward restore what was shown.
// The explorer's core values come from url.ts; each mode adds its own parameters through a UrlPart (urlParts.ts).
import { withLine } from '../explorer/selection';
import { chooseLanguage } from '../i18n/language';
import { useExplorer, type ExplorerState } from './explorerStore';
import { usePreferences } from './preferences';
import { describeDropped, parseUrl, queryString, urlParams } from './url';
import { urlParts } from './urlParts';

const coreParams = (state: ExplorerState) =>
  urlParams({
    language: state.language,
    mode: state.mode,
    lines: state.shownLines,
    ...(state.region ? { region: state.region } : {}),
    ...(state.lineDetail ? { line: state.lineDetail } : {}),
    ...(state.scene ? { scene: state.scene, step: state.step } : {}),
  });

/** The whole query string for what is on screen now: core values first, then each mode's part. */
export function currentSearch(): string {
  const params = coreParams(useExplorer.getState());
  for (const part of urlParts()) part.write(params);
  return queryString(params);
}

function applyUrl(search: string, knownScenes: ReadonlySet<string>): void {
  const { state, dropped } = parseUrl(search, knownScenes);
  useExplorer.setState({
    language: chooseLanguage(state.language, usePreferences.getState().language),
    // A scene link from before the modes existed (`?scene=…&step=2`) opens the tours.
    mode: state.mode ?? (state.scene ? 'tours' : 'explore'),
    // A link to a line's page shows that line on the body as well.
    shownLines: state.line ? withLine(state.lines, state.line) : state.lines,
    region: state.region ?? null,
    lineDetail: state.line ?? null,
    focus: null,
    scene: state.scene ?? null,
    step: state.step ?? 1,
  });
  const params = new URLSearchParams(search);
  for (const part of urlParts()) part.read(params, dropped);
  if (dropped.length > 0) useExplorer.getState().actions.notify('notice.droppedFromLink', { items: describeDropped(dropped) });
}

/** Reads the URL once, then mirrors every change; returns a function that stops syncing. */
export function startUrlSync(knownScenes: ReadonlySet<string>): () => void {
  let applyingUrl = true;
  applyUrl(window.location.search, knownScenes);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${currentSearch()}`);
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

  const onChange = () => {
    if (applyingUrl) return;
    const search = currentSearch();
    if (search === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
  };
  const stops = [
    useExplorer.subscribe((state) => queryString(coreParams(state)), onChange),
    ...urlParts().map((part) => part.subscribe(onChange)),
  ];
  return () => {
    for (const stop of stops) stop();
    window.removeEventListener('popstate', onPopState);
  };
}
