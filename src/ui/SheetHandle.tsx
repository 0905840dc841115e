import { useEffect, useState, type RefObject } from 'react';
import { useT } from '../i18n/useT';

/** How far (px) the panel's top may sit below the header and still count as "pulled up". */
const PULLED_UP_SLACK = 24;

/**
 * The grip at the top of the panel on a phone: the panel is a sheet over the page's own scroll, so a swipe pulls it
 * up and down natively; a tap on the grip moves it all the way (to the text, or back to the body).
 */
export function SheetHandle({ panel }: { panel: RefObject<HTMLDivElement | null> }) {
  const t = useT();
  const [pulledUp, setPulledUp] = useState(false);
  useEffect(() => {
    const onScroll = () => {
      const element = panel.current;
      if (!element) return;
      const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
      setPulledUp(element.getBoundingClientRect().top <= header + PULLED_UP_SLACK);
    };
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [panel]);
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t(pulledUp ? 'sheet.toBody' : 'sheet.toPanel')}
      onClick={() => {
        if (pulledUp) window.scrollTo({ top: 0, behavior: 'smooth' });
        else panel.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      }}
    >
      <span className="sheet-handle__grip" aria-hidden="true" />
      <span className="sheet-handle__label">{t(pulledUp ? 'sheet.toBody' : 'sheet.toPanel')}</span>
    </button>
  );
}
