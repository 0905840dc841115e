// Which layout a screen gets: each its own design, not a squeezed desktop (issue: body first on every device).

/**
 * - `laptop`: three columns, the full line list with names on one line.
 * - `tablet`: a narrow rail of line toggles beside the body, the body the widest column (≥ 55 %), the panel beside it
 *   in landscape and under it in portrait.
 * - `phone`: the body on top, a row of line chips under it, then the panel; the page scrolls.
 */
export type Layout = 'laptop' | 'tablet' | 'phone';

/** Below this width the body and the panel no longer fit side by side with a readable line list. */
export const LAPTOP_MIN_WIDTH = 1200;
/** Below this width a vertical rail would take too much from the body: the lines become a row of chips. */
export const TABLET_MIN_WIDTH = 700;

export function layoutFor(width: number): Layout {
  if (width >= LAPTOP_MIN_WIDTH) return 'laptop';
  if (width >= TABLET_MIN_WIDTH) return 'tablet';
  return 'phone';
}

/** The media queries that match each layout, for CSS-in-JS-free listeners. */
export const LAYOUT_QUERIES: Record<Layout, string> = {
  laptop: `(min-width: ${LAPTOP_MIN_WIDTH}px)`,
  tablet: `(min-width: ${TABLET_MIN_WIDTH}px) and (max-width: ${LAPTOP_MIN_WIDTH - 0.02}px)`,
  phone: `(max-width: ${TABLET_MIN_WIDTH - 0.02}px)`,
};
