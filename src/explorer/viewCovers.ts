// Which parts of the 3D view something else covers (a panel, a notice, the view's buttons, the page's edge), as boxes
// in the view's own coordinates: names and pointer labels placed there could not be read.
import type { Box } from './labelLayout';

/** A rectangle in page (client) CSS px, as getBoundingClientRect gives it. */
export interface PageRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The window's size in CSS px: what lies outside it is scrolled off screen, so covered too. */
export interface WindowSize {
  width: number;
  height: number;
}

const FAR = 1e5;

/**
 * The covered parts of a view at `origin`: each cover clipped to the view, then the parts of the view outside the
 * window; all relative to the view's top left. A view with no size has nothing to cover.
 */
export function coverBoxes(origin: PageRect, covers: readonly PageRect[], window: WindowSize): Box[] {
  if (origin.right <= origin.left || origin.bottom <= origin.top) return [];
  const clipped = (rect: PageRect): Box | undefined => {
    const left = Math.max(rect.left, origin.left);
    const top = Math.max(rect.top, origin.top);
    const width = Math.min(rect.right, origin.right) - left;
    const height = Math.min(rect.bottom, origin.bottom) - top;
    return width > 0 && height > 0 ? { left: left - origin.left, top: top - origin.top, width, height } : undefined;
  };
  const offScreen: PageRect[] = [
    { left: -FAR, top: -FAR, right: FAR, bottom: 0 },
    { left: -FAR, top: window.height, right: FAR, bottom: FAR },
    { left: -FAR, top: -FAR, right: 0, bottom: FAR },
    { left: window.width, top: -FAR, right: FAR, bottom: FAR },
  ];
  return [...covers, ...offScreen].map(clipped).filter((box): box is Box => box !== undefined);
}
