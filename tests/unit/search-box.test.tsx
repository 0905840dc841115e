// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentContext } from '../../src/content/ContentContext';
import { loadContent } from '../../src/content/load';
import { useExplorer } from '../../src/state/explorerStore';
import { Search } from '../../src/ui/Search';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const content = result.content;

const renderSearch = () => render(<ContentContext.Provider value={content}><Search /></ContentContext.Provider>);
const ask = (query: string) => {
  const box = screen.getByRole('combobox');
  fireEvent.change(box, { target: { value: query } });
  fireEvent.keyDown(box, { key: 'Enter' });
};

beforeEach(() => useExplorer.setState({ language: 'nl', shownLines: [], region: null }));
afterEach(cleanup);

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
});
