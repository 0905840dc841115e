// The URL is shared by the modes: the explorer's core values (url.ts) and one part per mode that has its own
// (a tour's step, a trace's pins, a study item). Each part reads and writes its own parameters from its own store,
// so a mode joins the URL by adding one entry to URL_PARTS, without touching the explorer's parser.

export interface UrlPart {
  /** For messages and tests. */
  name: string;
  /** Applies the part's parameters to its store; anything unusable goes into `dropped` as `key=value`. */
  read: (params: URLSearchParams, dropped: string[]) => void;
  /** Adds the part's parameters (only when they say something, so the plain explorer keeps a short URL). */
  write: (params: URLSearchParams) => void;
  /** Calls back whenever what `write` would write may have changed. Returns a function that stops listening. */
  subscribe: (onChange: () => void) => () => void;
}

/** Filled by the modes at start (see src/modes/urlParts.ts); kept here so urlSync does not import the modes. */
const parts: UrlPart[] = [];

export function registerUrlPart(part: UrlPart): void {
  if (!parts.some((known) => known.name === part.name)) parts.push(part);
}

export function urlParts(): readonly UrlPart[] {
  return parts;
}
