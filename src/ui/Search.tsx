import { useId, useMemo, useState } from 'react';
import { isSidedRegionBase, type LineId, type RegionBaseId, type RegionId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { anatomicalName } from '../content/names';
import { useT } from '../i18n/useT';
import { practiceContact } from '../practice/contact';
import { placeOfExercise, type ExercisePlace } from '../search/exercisePlace';
import { buildSearchIndex, querySide, search, type QuerySide, type SearchHit } from '../search/search';
import { useExplorer, useExplorerActions } from '../state/explorerStore';

/** A sided region opens on the side the query names ("rechter knie"), else on the left; the other is one tap away. */
const regionToOpen = (base: RegionBaseId, side: QuerySide = 'l'): RegionId => (isSidedRegionBase(base) ? `${base}_${side}` : base) as RegionId;

/** Frames to wait for the region panel to show a found exercise before giving up (it renders in the next one or two). */
const FRAMES_TO_FIND_EXERCISE = 10;

/**
 * Unfolds a found exercise in the region panel (and the pattern around it, where it sits inside one), brings it into
 * view and puts the keyboard on it. Runs after the panel's own focus on its heading, so the exercise wins.
 */
function revealExercise(exerciseId: string, place: ExercisePlace, framesLeft = FRAMES_TO_FIND_EXERCISE): void {
  requestAnimationFrame(() => {
    const panel = document.querySelector('.region-panel');
    const pattern = place.pattern ? panel?.querySelector<HTMLDetailsElement>(`details[data-pattern="${place.pattern}"]`) : undefined;
    const exercise = (pattern ?? panel)?.querySelector<HTMLDetailsElement>(`details[data-exercise="${exerciseId}"]`);
    if (!exercise) {
      if (framesLeft > 0) revealExercise(exerciseId, place, framesLeft - 1);
      return;
    }
    if (pattern) pattern.open = true;
    exercise.open = true;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // The summary, not the whole open exercise: centring a tall element would put its title above the screen.
    const summary = exercise.querySelector('summary');
    summary?.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    summary?.focus({ preventScroll: true });
  });
}

export function Search() {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const actions = useExplorerActions();
  const index = useMemo(() => buildSearchIndex(content), [content]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const contact = practiceContact(content.practice);
  // The practice is offered only where a client can act on it: no booking link or phone, no result that leads nowhere.
  const reachable = Boolean(contact.booking ?? contact.phone);
  const hits = useMemo(
    () => search(index, query).filter((hit) => hit.kind !== 'practice' || reachable),
    [index, query, reachable],
  );

  const label = (hit: SearchHit): string => {
    switch (hit.kind) {
      case 'line': return content.lines[hit.id as LineId].names[language];
      case 'region': return content.regions[hit.id as RegionBaseId].names[language];
      case 'pattern': return content.patterns.get(hit.id)?.names[language] ?? hit.id;
      case 'structure': {
        const names = content.structures.get(hit.id)?.names;
        return names ? anatomicalName(names, language) : hit.id;
      }
      case 'landmark': {
        const names = content.landmarks.get(hit.id)?.names;
        return names ? anatomicalName(names, language) : hit.id;
      }
      case 'exercise': return content.exercises.get(hit.id)?.names[language] ?? hit.id;
      case 'practice':
        return contact.booking
          ? t('search.practiceBook', { name: content.practice.name })
          : t('practice.callLabel', { phone: contact.phone?.label ?? '' });
    }
  };

  const choose = (hit: SearchHit) => {
    const side = querySide(index, query);
    setQuery('');
    if (hit.kind === 'line') {
      const id = hit.id as LineId;
      if (!useExplorer.getState().shownLines.some((line) => line.id === id)) actions.toggleLine(id);
      actions.openLineDetail(id);
    } else if (hit.kind === 'practice') {
      if (contact.booking) window.open(contact.booking, '_blank', 'noopener,noreferrer');
      else if (contact.phone) window.location.assign(contact.phone.href);
    } else if (hit.kind === 'exercise') {
      const place = placeOfExercise(content, hit.id);
      if (!place) return;
      const region = regionToOpen(place.region, side);
      actions.selectRegion(region);
      actions.moveCamera({ kind: 'region', region });
      revealExercise(hit.id, place);
    } else if (hit.kind === 'region' || hit.kind === 'pattern') {
      const base = hit.kind === 'region' ? (hit.id as RegionBaseId) : content.patterns.get(hit.id)?.regions[0];
      if (!base) return;
      const region = regionToOpen(base, side);
      actions.selectRegion(region);
      actions.moveCamera({ kind: 'region', region });
    } else {
      const lines = hit.kind === 'structure' ? content.index.linesOfStructure.get(hit.id) : content.index.linesOfLandmark.get(hit.id);
      const first = lines?.[0];
      if (first) {
        if (!useExplorer.getState().shownLines.some((line) => line.id === first)) actions.toggleLine(first);
        actions.openLineDetail(first);
      }
      const focus = { kind: hit.kind === 'structure' ? 'track' : 'station', id: hit.id } as const;
      actions.setFocus(focus);
      actions.moveCamera({ kind: 'focus', focus });
    }
  };

  const open = query.trim().length > 0;
  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>{t('search.label')}</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((n) => Math.min(n + 1, hits.length - 1));
          else if (event.key === 'ArrowUp') setActive((n) => Math.max(n - 1, 0));
          else if (event.key === 'Enter' && hits[active]) choose(hits[active]);
          else if (event.key === 'Escape') setQuery('');
          else return;
          event.preventDefault();
        }}
      />
      {open && (
        <ul className="search__results" id={listId} role="listbox" aria-label={t('search.label')}>
          {hits.length === 0 && <li className="search__empty" role="option" aria-selected="false" aria-disabled="true">{t('search.noResults', { query })}</li>}
          {hits.map((hit, position) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`${listId}-${position}`}
              role="option"
              aria-selected={position === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="search__kind">{t(`search.kind.${hit.kind}`)}</span>
              <span className="search__label">{label(hit)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
