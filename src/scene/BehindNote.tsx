import { useShallow } from 'zustand/react/shallow';
import { useContent } from '../content/ContentContext';
import { useT } from '../i18n/useT';
import { useExplorer } from '../state/explorerStore';
import { useRegionName } from '../ui/RegionPanel';
import { useViewerNotes } from './viewerNotes';

/** At most this many full line names in the note; more would cover the body on a phone: then their number and abbreviations. */
const MOST_NAMED = 2;

/** A small note in the view when what was chosen lies on the far side of the body: "runs at the back: turn". */
export function BehindNote() {
  const content = useContent();
  const t = useT();
  const regionName = useRegionName();
  const language = useExplorer((state) => state.language);
  const region = useExplorer((state) => state.region);
  const { linesBehind, regionBehind } = useViewerNotes(useShallow((state) => ({ linesBehind: state.linesBehind, regionBehind: state.regionBehind })));
  const notes: string[] = [];
  if (region && regionBehind) notes.push(t('viewer.behindRegion', { region: regionName(region) }));
  if (linesBehind.length > 0) {
    const names = linesBehind.map((id) => content.lines[id].names[language]);
    // More than a few full names would cover the body: then their abbreviations, as on the tags and in the list.
    const abbreviations = linesBehind.map((id) => content.lines[id].abbreviation[language]).join(', ');
    if (names.length > MOST_NAMED) notes.push(t('viewer.behindCount', { count: names.length, lines: abbreviations }));
    else notes.push(t(names.length === 1 ? 'viewer.behindLine' : 'viewer.behindLines', { lines: names.join(', ') }));
  }
  if (notes.length === 0) return null;
  // A region's name may start in lower case ("lower back"); the note starts a sentence.
  const sentence = (text: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
  return (
    <div className="behind-note" data-testid="behind-note" role="status">
      {notes.map((note) => (
        <p key={note}>{sentence(note)}</p>
      ))}
    </div>
  );
}
