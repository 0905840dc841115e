// Reads from the page what covers the 3D view now (coverBoxes does the geometry).
import { coverBoxes, type PageRect } from '../explorer/viewCovers';
import type { Box } from '../explorer/labelLayout';

/**
 * Everything that can cover part of the view: the view's own controls and notes, an open pop-over, the notices, and
 * the page's sticky header and panels (on a phone or an upright tablet the page scrolls the view under the header).
 */
export const VIEW_COVERS: readonly string[] = [
  '.stage-corner',
  '.popover__panel:not([hidden])',
  '.camera-buttons',
  '.camera-buttons__zoom',
  '.stage-toolbar',
  '.viewer__hint:not(.viewer__hint--done)',
  '.behind-note',
  '.focus-card',
  '.notice',
  '.app-header',
  '.sidebar',
  '.line-rail',
  '.detail',
  '.presentation',
];

/** The covered parts of `view` (relative to its top left), from every element the selector finds; its own parents excepted. */
export function readCovers(view: Element, selector: string): Box[] {
  const covers: PageRect[] = [];
  for (const element of document.querySelectorAll(selector)) {
    // The view's own parents (the stage, a presentation around it) cover nothing of it.
    if (element.contains(view)) continue;
    covers.push(element.getBoundingClientRect());
  }
  return coverBoxes(view.getBoundingClientRect(), covers, { width: window.innerWidth, height: window.innerHeight });
}
