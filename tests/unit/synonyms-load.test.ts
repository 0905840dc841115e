import { describe, expect, it } from 'vitest';
import { formatIssue, loadContent } from '../../src/content/load';
import { readContentFiles } from '../../tools/content-files';

const realFiles = readContentFiles(process.cwd());
type SynonymsJson = { fillerWords: unknown; synonyms: { kind: string; id: string; nl?: string[]; en?: string[] }[] };

function withSynonyms(change: (json: SynonymsJson) => unknown): string[] {
  const files: Record<string, unknown> = { ...realFiles };
  files['data/synonyms.json'] = change(structuredClone(realFiles['data/synonyms.json']) as SynonymsJson);
  const result = loadContent(files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('data/synonyms.json goes through the one loader', () => {
  it('is loaded with the content, its words in both languages', () => {
    const result = loadContent(realFiles);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.synonyms.synonyms.length).toBeGreaterThan(40);
    expect(result.content.synonyms.fillerWords.nl).toContain('pijn');
    expect(result.content.synonyms.fillerWords.en).toContain('pain');
  });

  it('an unknown structure id gets a did-you-mean', () => {
    const messages = withSynonyms((json) => {
      json.synonyms.push({ kind: 'structure', id: 'iliotibial_trakt', en: ['it band'] });
      return json;
    });
    const index = (realFiles['data/synonyms.json'] as SynonymsJson).synonyms.length;
    expect(messages).toContain(`data/synonyms.json: synonyms[${index}].id "iliotibial_trakt" is not a known structure — did you mean "iliotibial_tract"?`);
  });

  it('ids are checked against their own kind: a region id under "pattern" is refused', () => {
    const messages = withSynonyms((json) => {
      json.synonyms[0] = { kind: 'pattern', id: 'neck', nl: ['nekpijn'] };
      return json;
    });
    expect(messages.some((message) => message.startsWith('data/synonyms.json: synonyms[0].id "neck" is not a known pattern'))).toBe(true);
  });

  it('an unknown kind lists the allowed ones', () => {
    const messages = withSynonyms((json) => {
      json.synonyms[0] = { kind: 'organ', id: 'neck', nl: ['nekpijn'] };
      return json;
    });
    expect(messages.find((message) => message.startsWith('data/synonyms.json: synonyms[0].kind must be one of'))).toBeTruthy();
  });

  it('the same target twice, or one without words, is refused', () => {
    const messages = withSynonyms((json) => {
      json.synonyms.push({ ...json.synonyms[0]! }, { kind: 'region', id: 'knee' });
      return json;
    });
    expect(messages.some((message) => message.includes('is listed twice'))).toBe(true);
    expect(messages.some((message) => message.includes('needs at least one word'))).toBe(true);
  });

  it('a missing file is named', () => {
    const files: Record<string, unknown> = { ...realFiles };
    delete files['data/synonyms.json'];
    const result = loadContent(files);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toContain('data/synonyms.json: file is missing');
  });
});
