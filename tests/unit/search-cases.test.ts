import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { buildSearchIndex, search } from '../../src/search/search';
import { readContentFiles } from '../../tools/content-files';
import { CASES } from '../../tools/bench/searchQueries';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const index = buildSearchIndex(result.content);

describe('search in the client\'s words: each query gives the expected first hit', () => {
  it('has a case list of at least 40 real queries in both languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((entry) => entry.language === 'nl').length).toBeGreaterThanOrEqual(20);
    expect(CASES.filter((entry) => entry.language === 'en').length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES.map((entry) => [entry.query, `${entry.first.kind} ${entry.first.id}`, entry] as const))(
    '"%s" → %s',
    (_query, _expected, entry) => {
      const first = search(index, entry.query)[0];
      expect(first && { kind: first.kind, id: first.id }).toEqual(entry.first);
    },
  );
});
