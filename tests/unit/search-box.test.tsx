// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentContext } from '../../src/content/ContentContext';
import { loadContent } from '../../src/content/load';
import { useExplorer } from '../../src/state/explorerStore';
import { RegionPanel } from '../../src/ui/RegionPanel';
import { Search } from '../../src/ui/Search';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const content = result.content;

const renderSearch = () => render(<ContentContext.Provider value={content}><Search /></ContentContext.Provider>);

/** The search beside the region panel it opens, as in the app. */
function SearchAndPanel() {
  const region = useExplorer((state) => state.region);
  return (
    <>
      <Search />
      {region && <RegionPanel region={region} />}
    </>
  );
}
const ask = (query: string) => {
  const box = screen.getByRole('combobox');
  fireEvent.change(box, { target: { value: query } });
  fireEvent.keyDown(box, { key: 'Enter' });
};

beforeEach(() => useExplorer.setState({ language: 'nl', shownLines: [], region: null }));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the search box', () => {
  it('opens the region a client names in their own words', () => {
    renderSearch();
    ask('lage rugpijn');
    expect(useExplorer.getState().region).toBe('lower_back');
  });

  it('opens a sided region on the side the query names', () => {
    renderSearch();
    ask('pijn in mijn rechter knie');
    expect(useExplorer.getState().region).toBe('knee_r');
    ask('left shoulder pain');
    expect(useExplorer.getState().region).toBe('shoulder_l');
  });

  it('opens the left side when no side is named', () => {
    renderSearch();
    ask('kniepijn');
    expect(useExplorer.getState().region).toBe('knee_l');
  });

  it('lists the expected first hit for a symptom word', () => {
    renderSearch();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'hielspoor' } });
    expect(screen.getAllByRole('option')[0]?.textContent).toContain(content.patterns.get('heel_pain_plantar')?.names.nl);
  });

  it('opens the region panel that shows a found exercise, with the exercise unfolded', async () => {
    render(<ContentContext.Provider value={content}><SearchAndPanel /></ContentContext.Provider>);
    ask('aarden');
    expect(useExplorer.getState().region).toBe('foot_l');
    await vi.waitFor(() => {
      const exercise = document.querySelector<HTMLDetailsElement>('.region-panel details[data-exercise="grounding"]');
      expect(exercise?.open).toBe(true);
    });
  });

  it('unfolds the pattern around an exercise that sits inside one', async () => {
    render(<ContentContext.Provider value={content}><SearchAndPanel /></ContentContext.Provider>);
    ask('bekkenklok');
    expect(useExplorer.getState().region).toBe('pelvis');
    await vi.waitFor(() => {
      const pattern = document.querySelector<HTMLDetailsElement>('.region-panel details[data-pattern="anterior_pelvic_tilt"]');
      expect(pattern?.open).toBe(true);
      expect(pattern?.querySelector<HTMLDetailsElement>('details[data-exercise="pelvic_clock"]')?.open).toBe(true);
    });
  });

  it('labels an exercise as an exercise, in the language shown', () => {
    renderSearch();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'aarden' } });
    expect(screen.getAllByRole('option')[0]?.textContent).toContain(content.ui.nl['search.kind.exercise']);
  });

  it('offers no booking result where the practice has no booking link or phone, rather than a body part', () => {
    renderSearch();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'afspraak maken' } });
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]?.getAttribute('aria-disabled')).toBe('true');
  });

  it('books through the practice\'s own link when it has one', () => {
    const withBooking = { ...content, practice: { ...content.practice, bookingUrl: 'https://praktijk.nl/intake' } };
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    render(<ContentContext.Provider value={withBooking}><Search /></ContentContext.Provider>);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'afspraak maken' } });
    expect(screen.getAllByRole('option')[0]?.textContent).toContain(content.ui.nl['search.kind.practice']);
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(open).toHaveBeenCalledWith('https://praktijk.nl/intake', '_blank', 'noopener,noreferrer');
  });
});
