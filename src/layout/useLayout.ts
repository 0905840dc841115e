import { useSyncExternalStore } from 'react';
import { layoutFor, type Layout } from './layout';

function subscribe(notify: () => void): () => void {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
}

/** The layout for the window's current width; re-renders only when the layout changes, not on every resize. */
export function useLayout(): Layout {
  return useSyncExternalStore(subscribe, () => layoutFor(window.innerWidth), () => 'laptop');
}
