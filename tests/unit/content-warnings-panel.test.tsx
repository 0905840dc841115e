// @vitest-environment jsdom
// How warnings and the in-depth passages reach a reader: warnings first and apart, never tagged as practice
// experience; the anatomical names folded away for therapists and students.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/content/passages';
import type { Passage } from '../../src/content/schemas';
import { useExplorer } from '../../src/state/explorerStore';
import { RegionPanel } from '../../src/ui/RegionPanel';
import { PatternList } from '../../src/ui/PatternList';
import { EvidenceBadge } from '../../src/ui/TextBits';
import { content, renderWithContent } from './contentFixture';


beforeEach(() => useExplorer.setState({ language: 'nl', shownLines: [], region: null, isolate: false }));
afterEach(cleanup);

describe('reading order', () => {
  it('puts warnings first, the most urgent first, and keeps the rest in the order written', () => {
    const passage = (claim: Passage['claim'], nl: string, urgency?: Passage['urgency']): Passage => ({ claim, nl, en: nl, urgency });
    const order = readingOrder([
      passage('practice', 'a'),
      passage('warning', 'soon', 'doctor_soon'),
      passage('anatomy', 'b'),
      passage('warning', '112', 'call_112'),
    ]);
    expect(order.warnings.map((item) => item.nl)).toEqual(['112', 'soon']);
    expect(order.others.map((item) => item.nl)).toEqual(['a', 'b']);
  });
});

describe('the region panel', () => {
  it('shows the warning signs first, in their own callout, not as practice experience', () => {
    renderWithContent(<RegionPanel region="lower_back" />);
    const panel = screen.getByRole('region', { name: /onderrug/i });
    const callout = within(panel).getAllByRole('complementary', { name: /waarschuwingssignalen/i })[0]!;
    const firstHeading = within(panel).getByRole('heading', { name: content.ui.nl['region.linesThrough'] });
    // The callout stands before the first section of the panel.
    expect(callout.compareDocumentPosition(firstHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(callout).getByText(/bel direct je huisarts/i)).toBeTruthy();
    expect(callout.querySelector('[data-urgency="doctor_now"]')).toBeTruthy();
    expect(within(callout).queryByText('Ervaring uit de praktijk')).toBeNull();
  });

  it('keeps the anatomical names in a folded passage for therapists and students', () => {
    const { container } = renderWithContent(<RegionPanel region="lower_back" />);
    const folded = container.querySelector('details.in-depth:not(.region-more)');
    expect(folded?.hasAttribute('open')).toBe(false);
    expect(folded?.textContent).toMatch(/fascia thoracolumbalis/);
  });
});

describe('a pattern', () => {
  it('opens with its warning signs', () => {
    const { container } = renderWithContent(<PatternList patternIds={['suboccipital_tension']} />);
    const body = container.querySelector('.pattern__body');
    expect(body?.firstElementChild?.classList.contains('warnings')).toBe(true);
    expect(body?.firstElementChild?.textContent).toMatch(/112/);
  });
});

describe('the evidence badge', () => {
  it('says how many transitions a partial rating confirmed', () => {
    useExplorer.setState({ language: 'en' });
    const { continuity } = content.lines.spl.evidence;
    renderWithContent(<EvidenceBadge level={continuity.level} transitions={continuity.transitions} />);
    expect(screen.getByText('partly confirmed: 5 of 9 transitions')).toBeTruthy();
  });
});
