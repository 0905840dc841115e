import { useT } from '../i18n/useT';
import { downloadedFraction, useModelDownload } from './modelDownload';

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** The body's download in bytes, then "preparing" while it is decoded and first drawn. Plain DOM, no three.js. */
export function ModelProgress() {
  const t = useT();
  const download = useModelDownload();
  const fraction = downloadedFraction(download);
  const percent = Math.round(fraction * 100);
  return (
    <div className="viewer__overlay viewer__loading" role="status">
      <p className="model-progress__label">
        {download.done
          ? t('viewer.preparing')
          : download.total > 0
            ? t('viewer.loadingBytes', { loaded: megabytes(download.loaded), total: megabytes(download.total) })
            : t('viewer.loading', { percent })}
      </p>
      <div
        className="model-progress"
        role="progressbar"
        aria-label={t('viewer.loadingLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span className="model-progress__bar" style={{ transform: `scaleX(${fraction})` }} />
      </div>
    </div>
  );
}
