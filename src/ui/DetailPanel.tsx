import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LineId } from '../content/ids';
import { panelContent, storyContent } from '../explorer/panel';
import { useExplorer } from '../state/explorerStore';
import { EmptyPanel } from './EmptyPanel';
import { LinePanel } from './LinePanel';
import { LineStory } from './LineStory';
import { LitOverview } from './LitOverview';
import { RegionPanel } from './RegionPanel';
import { SheetHandle } from './SheetHandle';

/** The panel beside (or under) the body: the open region, the open line page, the lit line's story, or the start. */
export function DetailPanel() {
  const shown = useExplorer(useShallow((state) => panelContent(state)));
  const litIds = useExplorer(useShallow((state) => state.shownLines.map((line) => line.id)));
  // The story picked from the panel; without one, the overview of many lit lines or the one line lit last.
  const [picked, setStoryLine] = useState<LineId | null>(null);
  // Lines are kept in canonical order, so "lit last" is not "just lit": follow the one that was just switched on;
  // several switched on at once ("All", a link) get the overview.
  const previousLit = useRef(litIds);
  useEffect(() => {
    const added = litIds.filter((id) => !previousLit.current.includes(id));
    previousLit.current = litIds;
    if (added.length === 1 && added[0]) setStoryLine(added[0]);
    else if (added.length > 1) setStoryLine(null);
  }, [litIds]);
  const story = shown.kind === 'story' ? storyContent(litIds, picked) : undefined;
  const key =
    shown.kind === 'region' ? shown.region
    : shown.kind === 'line' ? `line-${shown.lineId}`
    : story?.kind === 'story' ? `story-${story.lineId}`
    : story?.kind === 'overview' ? 'story-overview'
    : 'start';
  const panel = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  // A story or the overview chosen inside the panel replaces the button that was pressed: its heading takes the focus.
  const pickedInPanel = useRef(false);
  const pickInPanel = (lineId: LineId | null) => {
    pickedInPanel.current = true;
    setStoryLine(lineId);
  };
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    element.scrollTo({ top: 0 });
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = () => element.querySelector<HTMLElement>('h2[tabindex="-1"]');
    if (pickedInPanel.current) {
      pickedInPanel.current = false;
      heading()?.focus({ preventScroll: true });
      return;
    }
    // A story appears when a line is lit: it must not pull the page away from the body the person is looking at.
    if (key.startsWith('story-') || key === 'start') return;
    // On a phone the panel may be off screen below the body: bring its top into view.
    const top = element.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 80) element.scrollIntoView({ block: 'start' });
    // Screen readers land on the new heading.
    heading()?.focus({ preventScroll: true });
  }, [key]);
  return (
    <div className="detail" id="detail" ref={panel}>
      <SheetHandle panel={panel} />
      {shown.kind === 'region' ? (
        <RegionPanel region={shown.region} />
      ) : shown.kind === 'line' ? (
        <LinePanel lineId={shown.lineId} />
      ) : story?.kind === 'story' ? (
        <LineStory lineId={story.lineId} onPick={pickInPanel} />
      ) : story?.kind === 'overview' ? (
        <LitOverview onPick={pickInPanel} />
      ) : (
        <EmptyPanel />
      )}
    </div>
  );
}

