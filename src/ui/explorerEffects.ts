// Page-wide behaviour of the explorer that belongs to no one panel: what Escape closes, and keeping the body in view.
import { useEffect } from 'react';
import { escapeCloses } from '../explorer/panel';
import { useExplorer } from '../state/explorerStore';

/**
 * On a scrolling page (phone, tablet portrait), lighting a line from far down the panel brings the body back into view,
 * so the person sees the line light up; the sheet's grip takes them back to where they were reading.
 */
export function useBodyInViewOnLight() {
  useEffect(
    () =>
      useExplorer.subscribe(
        (state) => state.shownLines.length,
        (count, before) => {
          if (count <= before) return;
          const stage = document.querySelector('.stage');
          if (!stage || stage.getBoundingClientRect().bottom > 120) return;
          const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
          window.scrollTo({ top: 0, behavior: reduced ? 'auto' : 'smooth' });
        },
      ),
    [],
  );
}

/** Escape closes the open region, then the open line page (a popover or the search take their own Escape first). */
export function useEscapeCloses() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      const state = useExplorer.getState();
      const closes = escapeCloses(state);
      if (closes === 'region') state.actions.selectRegion(null);
      else if (closes === 'line') state.actions.openLineDetail(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

