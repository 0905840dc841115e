import { useT } from '../../i18n/useT';
import { enterPresentation } from './presentation';
import './presentation.css';

/** One tap to show the body full screen (the explorer's toolbar and the tour player both offer it). */
export function PresentButton({ className = 'stage-button' }: { className?: string }) {
  const t = useT();
  return (
    <button type="button" className={`${className} present-button`} onClick={enterPresentation} title={t('tour.presentHelp')} aria-label={`${t('tour.present')}: ${t('tour.presentHelp')}`}>
      <svg className="stage-button__icon" aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
      </svg>
      <span className="present-button__name">{t('tour.present')}</span>
    </button>
  );
}
