// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useExplorer } from '../../src/state/explorerStore';
import { LineList } from '../../src/ui/LineList';
import { RegionPanel } from '../../src/ui/RegionPanel';
import { content, renderWithContent } from './contentFixture';


beforeEach(() => useExplorer.setState({ language: 'nl', shownLines: [], region: null, isolate: false }));
afterEach(cleanup);

describe('the region panel', () => {
  it('is a region named after the body part, with the lines through it and its compensation patterns', () => {
    renderWithContent(<RegionPanel region="foot_l" />);
    const panel = screen.getByRole('region', { name: /voet/i });
    expect(within(panel).getByRole('heading', { name: 'Compensatiepatronen' })).toBeTruthy();
    const lineCount = content.index.linesThroughRegion.foot.length;
    expect(within(panel).getAllByRole('button', { pressed: false }).length).toBeGreaterThanOrEqual(lineCount);
    expect(panel.querySelectorAll('details.pattern').length).toBe(content.index.patternsOfRegion.foot.length);
  });

  it('lights a line when its chip is tapped', () => {
    renderWithContent(<RegionPanel region="jaw" />);
    fireEvent.click(screen.getAllByRole('button', { name: content.lines.dfl.names.nl })[0]!);
    expect(useExplorer.getState().shownLines).toEqual([{ id: 'dfl', side: 'both' }]);
  });

  it('speaks English when the language is English', () => {
    useExplorer.setState({ language: 'en' });
    renderWithContent(<RegionPanel region="jaw" />);
    expect(screen.getByRole('heading', { name: 'Compensation patterns' })).toBeTruthy();
  });
});

describe('the line list', () => {
  it('has a toggle per line that reports whether it is on', () => {
    renderWithContent(<LineList />);
    const toggle = screen.getByRole('button', { name: content.lines.spl.names.nl });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    // Once on, a side can be chosen.
    fireEvent.click(screen.getByRole('button', { name: 'Links' }));
    expect(useExplorer.getState().shownLines).toEqual([{ id: 'spl', side: 'l' }]);
  });
});
