import { useShallow } from 'zustand/react/shallow';
import { useContent } from '../content/ContentContext';
import { describeView } from '../explorer/describe';
import { useT } from '../i18n/useT';
import { useExplorer } from '../state/explorerStore';
import { useRegionName } from '../ui/RegionPanel';
import { useSeenFrom } from './cameraPose';

/** A live text alternative of the 3D view for screen readers (and for anyone who prefers words). */
export function ViewerDescription() {
  const content = useContent();
  const t = useT();
  const regionName = useRegionName();
  const language = useExplorer((state) => state.language);
  const shown = useExplorer(useShallow((state) => state.shownLines));
  const region = useExplorer((state) => state.region);
  // The side as the camera stands, not as last asked: a framing or a hand turn changes it too.
  const seenFrom = useSeenFrom((state) => state.side);
  const viewName = t(`view.${seenFrom}`);
  const text = describeView(content, shown, region ? regionName(region) : undefined, viewName, language, t);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="viewer-description">
      {text}
    </p>
  );
}
