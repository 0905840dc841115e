// The URL carries what is shown: lang, lines (with an optional side), region, the open line page, scene, step.
// The parser never throws: anything it does not recognise is dropped and reported.
import { LANGUAGES, LINE_IDS, REGION_IDS, type Language, type LineId, type RegionId } from '../content/ids';

import type { ShownLine } from '../explorer/shownLine';
import { isAppMode, type AppMode } from '../modes/modes';

export type { LineSide, ShownLine } from '../explorer/shownLine';

export interface UrlState {
  language?: Language;
  /** The job on screen (`mode=trace`); left out for the explorer. A scene link without it opens the tours. */
  mode?: AppMode;
  lines: ShownLine[];
  region?: RegionId;
  /** The line whose page is open (`line=dfl`). */
  line?: LineId;
  scene?: string;
  step?: number;
}

export interface ParsedUrl {
  state: UrlState;
  /** Values that were in the URL but mean nothing here, e.g. `lines: "xyz"`. */
  dropped: string[];
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** `spl-l` → the Spiral Line on the left; `dfl` → the Deep Front Line on both sides. */
function parseLineToken(token: string): ShownLine | undefined {
  const [id = '', side = 'both'] = token.split('-');
  if (!isOneOf(LINE_IDS, id) || !isOneOf(['both', 'l', 'r'] as const, side)) return undefined;
  return { id, side };
}

export function parseUrl(search: string, knownScenes: ReadonlySet<string> = new Set()): ParsedUrl {
  const dropped: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { lines: [] }, dropped: [search] };
  }
  const state: UrlState = { lines: [] };

  const lang = params.get('lang');
  if (lang !== null) {
    if (isOneOf(LANGUAGES, lang)) state.language = lang;
    else dropped.push(`lang=${lang}`);
  }

  const mode = params.get('mode');
  if (mode !== null && mode !== '') {
    if (isAppMode(mode)) state.mode = mode;
    else dropped.push(`mode=${mode}`);
  }

  for (const token of (params.get('lines') ?? '').split(',').filter(Boolean)) {
    // `lines=all`, as a person would type it: every line, both sides.
    if (token === 'all') {
      for (const id of LINE_IDS) if (!state.lines.some((shown) => shown.id === id)) state.lines.push({ id, side: 'both' });
      continue;
    }
    const line = parseLineToken(token);
    if (!line) dropped.push(`lines=${token}`);
    else if (!state.lines.some((shown) => shown.id === line.id)) state.lines.push(line);
  }

  const region = params.get('region');
  if (region !== null && region !== '') {
    if (isOneOf(REGION_IDS, region)) state.region = region;
    else dropped.push(`region=${region}`);
  }

  const lineDetail = params.get('line');
  if (lineDetail !== null && lineDetail !== '') {
    if (isOneOf(LINE_IDS, lineDetail)) state.line = lineDetail;
    else dropped.push(`line=${lineDetail}`);
  }

  const scene = params.get('scene');
  if (scene !== null && scene !== '') {
    if (knownScenes.has(scene)) state.scene = scene;
    else dropped.push(`scene=${scene}`);
  }

  const step = params.get('step');
  if (step !== null && step !== '') {
    const number = Number(step);
    if (state.scene && Number.isInteger(number) && number >= 1 && number <= 999) state.step = number;
    else dropped.push(`step=${step}`);
  }

  return { state, dropped };
}

/** Longest dropped value a notice repeats, and how many it names: a hostile link must not fill the screen. */
const SHOWN_VALUE_LENGTH = 40;
const SHOWN_ITEMS = 5;

/** The dropped parts of a link as a notice names them: each cut short, the rest counted. Plain text, never markup. */
export function describeDropped(dropped: readonly string[]): string {
  const named = dropped.slice(0, SHOWN_ITEMS).map((item) => (item.length > SHOWN_VALUE_LENGTH ? `${item.slice(0, SHOWN_VALUE_LENGTH)}…` : item));
  return dropped.length > SHOWN_ITEMS ? `${named.join(', ')} (+${dropped.length - SHOWN_ITEMS})` : named.join(', ');
}

/** The parameters for a state, in a stable order so equal states give equal URLs. */
export function urlParams(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.language) params.set('lang', state.language);
  if (state.mode && state.mode !== 'explore') params.set('mode', state.mode);
  if (state.lines.length > 0) {
    params.set('lines', state.lines.map((line) => (line.side === 'both' ? line.id : `${line.id}-${line.side}`)).join(','));
  }
  if (state.region) params.set('region', state.region);
  if (state.line) params.set('line', state.line);
  if (state.scene) {
    params.set('scene', state.scene);
    if (state.step !== undefined) params.set('step', String(state.step));
  }
  return params;
}

/** `?a=1&b=x,y`: commas stay readable in shared links. */
export function queryString(params: URLSearchParams): string {
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** The query string for a state alone (no mode parts). */
export function formatUrl(state: UrlState): string {
  return queryString(urlParams(state));
}
