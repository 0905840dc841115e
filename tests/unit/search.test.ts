import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { buildSearchIndex, normalise, querySide, readQuery, search } from '../../src/search/search';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
const index = buildSearchIndex(result.content);
const top = (query: string) => search(index, query)[0];

describe('search', () => {
  it('finds lines by their name in either language', () => {
    expect(top('Deep Front Line')).toMatchObject({ kind: 'line', id: 'dfl' });
    expect(top('diepe voorlijn')).toMatchObject({ kind: 'line', id: 'dfl' });
    expect(top('spiraal')).toMatchObject({ kind: 'line', id: 'spl' });
  });

  it('finds regions in Dutch and English', () => {
    expect(top('kaak')).toMatchObject({ kind: 'region', id: 'jaw' });
    expect(top('lower back')).toMatchObject({ kind: 'region', id: 'lower_back' });
  });

  it('is tolerant of accents, case and small typos', () => {
    expect(normalise('Ríbben  ÉN')).toBe('ribben en');
    expect(search(index, 'psoass').some((hit) => hit.kind === 'structure' && hit.id.startsWith('psoas'))).toBe(true);
    expect(search(index, 'gastrocnemuis').some((hit) => hit.id === 'gastrocnemius')).toBe(true);
  });

  it('guesses typos only when the words as typed find nothing ("heel" is not the Dutch "keel", throat)', () => {
    const heel = search(index, 'heel');
    expect(heel.some((hit) => hit.id === 'calcaneus' || hit.id.startsWith('calcane'))).toBe(true);
    expect(heel.some((hit) => hit.id === 'occiput_basilar_part')).toBe(false);
    expect(search(index, 'keel').some((hit) => hit.id === 'occiput_basilar_part' || hit.kind === 'region')).toBe(true);
  });

  it('finds compensation patterns', () => {
    expect(search(index, 'forward head').some((hit) => hit.kind === 'pattern')).toBe(true);
  });

  it('finds nothing for nonsense', () => {
    expect(search(index, 'qqqzzz')).toEqual([]);
  });

  it('reads the words around a query as optional, and a Dutch compound also without its filler', () => {
    const read = readQuery('Pijn in mijn schouderklachten', index.fillerWords);
    expect(read.core).toBe('schouderklachten');
    expect(read.required).toEqual([['schouderklachten', 'schouder']]);
    expect(read.optional).toEqual(['pijn', 'in', 'mijn']);
    expect(top('schouderklachten')).toMatchObject({ kind: 'region', id: 'shoulder' });
    expect(top('rugklachten')).toMatchObject({ kind: 'region', id: 'lower_back' });
  });

  it('a query of filler words only is searched as it is', () => {
    expect(readQuery('pijn', index.fillerWords).required).toEqual([['pijn']]);
  });

  it('a longer query without any full match still offers what most of its words name', () => {
    expect(top('knee pain when running')).toMatchObject({ kind: 'region', id: 'knee' });
    expect(top('pijn in de knie bij het fietsen')).toMatchObject({ kind: 'region', id: 'knee' });
  });

  it('finds the iliotibial tract for "IT band", not a fibular ligament', () => {
    expect(top('IT band')).toMatchObject({ kind: 'structure', id: 'iliotibial_tract' });
    expect(top('it-band')).toMatchObject({ kind: 'structure', id: 'iliotibial_tract' });
  });

  it('reads the side a query names, in either language, and does not need it to match', () => {
    expect(querySide(index, 'pijn in mijn rechter knie')).toBe('r');
    expect(querySide(index, 'Linkerkant nek')).toBe('l');
    expect(querySide(index, 'left side of my neck')).toBe('l');
    expect(querySide(index, 'nekpijn')).toBeUndefined();
    expect(top('pijn in mijn rechter knie')).toMatchObject({ kind: 'region', id: 'knee' });
    expect(top('left side of my neck')).toMatchObject({ kind: 'region', id: 'neck' });
  });

  it('reads a client\'s sentence: words that name nothing do not block the place it names', () => {
    expect(top('onderrug blijft trekken')).toMatchObject({ kind: 'region', id: 'lower_back' });
    // Neither word is a filler word: the partial rule alone finds the lower back.
    expect(top('onderrug knelt verschrikkelijk')).toMatchObject({ kind: 'region', id: 'lower_back' });
  });

  it('offers a partial match only when at least a third of the words name something', () => {
    expect(top('onderrug qqq zzz')).toMatchObject({ kind: 'region', id: 'lower_back' });
    expect(search(index, 'onderrug qqq www zzz')).toEqual([]);
  });

  it('does not guess a typo in a partial match', () => {
    // "kakem" is one letter from "kaken" (jaw clenching): with another word ignored, that is too much guessing.
    expect(search(index, 'kakem')[0]).toMatchObject({ kind: 'pattern', id: 'jaw_clenching_dfl' });
    expect(search(index, 'qqqzzz kakem')).toEqual([]);
  });

  it('finds home exercises by name, by their words and by the word "exercise"', () => {
    expect(top('Knie naar de muur')).toMatchObject({ kind: 'exercise', id: 'calf_wall_lean' });
    expect(top('aarden')).toMatchObject({ kind: 'exercise', id: 'grounding' });
    const exercises = search(index, 'oefeningen', 50).filter((hit) => hit.kind === 'exercise');
    expect(exercises.length).toBe(result.content.exercises.size);
  });

  it('a body part still comes before an exercise that names it', () => {
    expect(top('knie')).toMatchObject({ kind: 'region', id: 'knee' });
    expect(top('voeten')).toMatchObject({ kind: 'region', id: 'foot' });
    expect(top('schouders')).toMatchObject({ kind: 'region', id: 'shoulder' });
  });

  it('booking words find the practice and nothing else', () => {
    for (const query of ['afspraak maken', 'intake', 'boeken', 'book an appointment']) {
      expect(search(index, query).map((hit) => `${hit.kind}:${hit.id}`)).toEqual(['practice:practice']);
    }
  });
});
