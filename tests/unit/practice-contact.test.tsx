// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentContext } from '../../src/content/ContentContext';
import { loadContent, type Content } from '../../src/content/load';
import { bookingLink, phoneLink, practiceContact } from '../../src/practice/contact';
import { useExplorer } from '../../src/state/explorerStore';
import { EmptyPanel } from '../../src/ui/EmptyPanel';
import { Header } from '../../src/ui/Header';
import { readContentFiles } from '../../tools/content-files';

const files = readContentFiles(process.cwd());
const result = loadContent(files);
if (!result.ok) throw new Error('content must be valid for these tests');
const content = result.content;

/** The content with other practice details, as a practice would set them in data/practice.json. */
const withPractice = (details: Partial<Content['practice']>): Content => ({ ...content, practice: { ...content.practice, ...details } });
const renderWith = (value: Content, node: React.ReactNode) => render(<ContentContext.Provider value={value}>{node}</ContentContext.Provider>);

beforeEach(() => useExplorer.setState({ language: 'en', shownLines: [], region: null }));
afterEach(cleanup);

describe('the practice\'s booking link and phone', () => {
  it('a real booking link is offered as it is', () => {
    expect(bookingLink('https://fasciarelease-utrecht.nl/intake')).toBe('https://fasciarelease-utrecht.nl/intake');
  });

  it.each(['', '   ', undefined, 'https://example.org/intake', 'https://www.example.com/book', 'http://localhost:5173/', 'javascript:alert(1)', 'not a link'])(
    'a missing or placeholder booking link (%s) is no link',
    (url) => expect(bookingLink(url)).toBeUndefined(),
  );

  it('a phone number becomes a tel: link; an empty or all-zero one does not', () => {
    expect(phoneLink('030 123 45 67')).toEqual({ href: 'tel:0301234567', label: '030 123 45 67' });
    expect(phoneLink('+31 30 123 45 67')).toEqual({ href: 'tel:+31301234567', label: '+31 30 123 45 67' });
    expect(phoneLink('')).toBeUndefined();
    expect(phoneLink('000 000 00 00')).toBeUndefined();
    expect(phoneLink('+31 00 000 0000')).toBeUndefined();
  });

  it('leaves out what is not set', () => {
    expect(practiceContact({ bookingUrl: '', phone: '', address: ' ' })).toEqual({});
    expect(practiceContact({ bookingUrl: 'https://praktijk.nl/boeken', address: 'Oudegracht 1, Utrecht' }))
      .toEqual({ booking: 'https://praktijk.nl/boeken', address: 'Oudegracht 1, Utrecht' });
  });
});

describe('the header\'s booking button', () => {
  it('links to the practice\'s own booking page when one is set', () => {
    renderWith(withPractice({ bookingUrl: 'https://praktijk.nl/intake' }), <Header />);
    expect(screen.getByRole('link', { name: 'Book an intake' }).getAttribute('href')).toBe('https://praktijk.nl/intake');
  });

  it('is hidden for a placeholder link instead of sending a client to a dummy address', () => {
    renderWith(withPractice({ bookingUrl: 'https://example.org/intake', phone: '' }), <Header />);
    expect(screen.queryByRole('link', { name: 'Book an intake' })).toBeNull();
    expect(document.querySelector('a[href*="example."]')).toBeNull();
  });

  it('offers the phone instead when there is no booking link but a number', () => {
    renderWith(withPractice({ bookingUrl: undefined, phone: '030 123 45 67' }), <Header />);
    expect(screen.getByRole('link', { name: 'Call the practice: 030 123 45 67' }).getAttribute('href')).toBe('tel:0301234567');
  });

  it('the start panel shows the address and phone, and no booking link for a placeholder', () => {
    renderWith(withPractice({ bookingUrl: 'https://example.com', phone: '030 123 45 67', address: 'Oudegracht 1, Utrecht' }), <EmptyPanel />);
    expect(screen.getByText('Oudegracht 1, Utrecht')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call the practice: 030 123 45 67' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Book an intake' })).toBeNull();
  });
});

describe('data/practice.json', () => {
  it('is checked: a booking link must be http(s)', () => {
    const broken = loadContent({ ...files, 'data/practice.json': { ...(files['data/practice.json'] as object), bookingUrl: 'ftp://praktijk.nl' } });
    expect(broken.ok).toBe(false);
  });
});
