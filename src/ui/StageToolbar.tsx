import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { Popover } from './Popover';
import { RegionPicker } from './RegionPicker';
import { CameraButtons, EvidenceLegend, LayerControls } from './ViewControls';
import { PresentButton } from '../modes/tours/PresentButton';

function IsolateToggle() {
  const t = useT();
  const isolate = useExplorer((state) => state.isolate);
  const hasLines = useExplorer((state) => state.shownLines.length > 0);
  const { setIsolate } = useExplorerActions();
  return (
    <label className="toggle">
      <input type="checkbox" checked={isolate} disabled={!hasLines} onChange={(event) => setIsolate(event.target.checked)} />
      {t('lines.isolateHelp')}
    </label>
  );
}

/** The camera bar under the body, outside the drawing, so it never covers a foot. */
export function StageToolbar() {
  return (
    <div className="stage-toolbar">
      <CameraButtons />
    </div>
  );
}

/**
 * The key and the layers, as two small buttons in the top corners of the view, beside the head where the standing
 * body leaves room; each opens a panel that closes again on Escape or a tap elsewhere.
 */
export function StageCorners() {
  const t = useT();
  const hasLines = useExplorer((state) => state.shownLines.length > 0);
  return (
    <>
      {hasLines && (
        <Popover
          label={t('stage.legend')}
          className="popover--legend stage-corner stage-corner--left"
          icon={<span className="legend__solid stage-button__icon" aria-hidden="true" />}
        >
          <EvidenceLegend />
        </Popover>
      )}
      <Popover
        label={t('stage.layers')}
        className="popover--layers stage-corner stage-corner--right"
        icon={
          <svg className="stage-button__icon" aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
            <path d="M12 3 2.5 8 12 13l9.5-5L12 3Z" />
            <path d="m2.5 12.5 9.5 5 9.5-5" />
            <path d="m2.5 16.5 9.5 5 9.5-5" opacity="0.55" />
          </svg>
        }
      >
        <LayerControls />
        <IsolateToggle />
        <RegionPicker />
      </Popover>
      <PresentButton className="stage-button stage-corner stage-corner--present" />
    </>
  );
}
