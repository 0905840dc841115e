import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/content/ids';
import { loadContent } from '../../src/content/load';
import { SPLIT, mergeLongTexts, reviveContent, splitContent } from '../../src/content/languageSplit';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const content = result.content;

/** Every { nl, en } text with where it is, for comparing two content objects field by field. */
function texts(value: unknown, path = '', out = new Map<string, Record<string, string>>()): Map<string, Record<string, string>> {
  if (value instanceof Map) for (const [key, item] of value) texts(item, `${path}/${String(key)}`, out);
  else if (Array.isArray(value)) value.forEach((item, index) => texts(item, `${path}/${index}`, out));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.nl === 'string' && typeof record.en === 'string') out.set(path, record as Record<string, string>);
    else for (const [key, item] of Object.entries(record)) texts(item, `${path}/${key}`, out);
  }
  return out;
}

describe('content split per language at build time', () => {
  for (const language of LANGUAGES) {
    const other = LANGUAGES.find((candidate) => candidate !== language)!;

    it(`in ${language}, every text a component reads is ${language}, long texts come after they are merged`, () => {
      const { core, long } = splitContent(content, language);
      // Through JSON, as the build ships it.
      const revived = reviveContent(JSON.parse(JSON.stringify(core)));
      const before = texts(revived);
      expect(long.length).toBeGreaterThan(100);
      expect([...before.values()].filter((text) => text[language] === '').length).toBe(long.length);
      mergeLongTexts(revived, long);
      const original = texts(content);
      const merged = texts(revived);
      expect([...merged.keys()]).toEqual([...original.keys()]);
      for (const [path, text] of original) {
        const field = path.split('/').findLast((segment) => !/^\d+$/.test(segment)) ?? '';
        const short = SPLIT.keepFields.includes(field) && Math.max(text.nl!.length, text.en!.length) < SPLIT.bothLanguagesBelow;
        expect(merged.get(path)?.[language], path).toBe(text[language]);
        // Names stay in both languages (search finds either); the rest is this language in both fields.
        expect(merged.get(path)?.[other], path).toBe(short ? text[other] : text[language]);
      }
    });

    it(`in ${language}, ids, indexes and UI strings are as the loader made them`, () => {
      const revived = reviveContent(JSON.parse(JSON.stringify(splitContent(content, language).core)));
      expect(revived.index).toEqual(content.index);
      expect([...revived.structures.keys()]).toEqual([...content.structures.keys()]);
      expect(revived.lines.dfl.path).toEqual(content.lines.dfl.path);
      expect(revived.ui[language]).toEqual(content.ui[language]);
      expect(revived.ui[other]).toBe(revived.ui[language]);
    });
  }

  it('leaves the other language\'s long texts out of the first chunk', () => {
    const longEnglish = [...texts(content).values()].map((text) => text.en!).find((text) => text.length > 200)!;
    const dutchCore = JSON.stringify(splitContent(content, 'nl').core);
    expect(dutchCore).not.toContain(JSON.stringify(longEnglish).slice(1, -1));
    expect(dutchCore.length).toBeLessThan(JSON.stringify(splitContent(content, 'nl')).length);
  });
});
