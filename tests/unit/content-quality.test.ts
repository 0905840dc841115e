// What a physiotherapist and a Dutch client rely on in the content, beyond the schema.
import { describe, expect, it } from 'vitest';
import { LINE_IDS, REGION_BASE_IDS } from '../../src/content/ids';
import { allSteps } from '../../src/content/indexes';
import { loadContent } from '../../src/content/load';
import { readContentFiles } from '../../tools/content-files';

const files = readContentFiles(process.cwd());
const result = loadContent(files);
if (!result.ok) throw new Error('content must be valid for these tests');
const content = result.content;

/** Every Dutch string anywhere in the content, with where it is. */
function dutchTexts(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, index) => dutchTexts(item, `${at}[${index}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'nl' && typeof child === 'string') out.push([at, child]);
      else dutchTexts(child, `${at}.${key}`, out);
    }
  }
  return out;
}

// Common English words that have no business in Dutch sentences (Dutch homographs such as "is", "in", "over" left out).
const ENGLISH_ONLY = /\b(the|and|with|which|your|from|this|that|between|through|muscle|tension|pain|line|back|front|shoulder|knee|foot|feet|hip)\b/i;

describe('the lines', () => {
  it('all 12 are there, each with a colour of its own', () => {
    const colours = LINE_IDS.map((id) => content.lines[id].colour.toLowerCase());
    expect(new Set(colours).size).toBe(12);
  });

  it('run station → track → station, with two stations in a row only where a caveat explains the jump', () => {
    for (const id of LINE_IDS) {
      const line = content.lines[id];
      const doubleStation = line.path.some((step, index) => step.kind === 'station' && line.path[index + 1]?.kind === 'station');
      if (doubleStation) expect(line.caveats.length, `${id} explains its jump`).toBeGreaterThan(0);
      expect(line.path.filter((step) => step.kind === 'track').length, `${id} has tracks`).toBeGreaterThanOrEqual(2);
    }
  });

  it('cross the midline exactly where the data says they do', () => {
    for (const id of LINE_IDS) {
      const line = content.lines[id];
      const crosses = allSteps(line).some((step) => step.side === 'opposite');
      expect(crosses, `${id}: crossesMidline=${line.crossesMidline}`).toBe(line.crossesMidline);
    }
    expect(content.lines.spl.crossesMidline && content.lines.bfl.crossesMidline && content.lines.ffl.crossesMidline).toBe(true);
    expect(content.lines.ifl.crossesMidline).toBe(false);
  });

  it('the Deep Front Line has its branches; every line has compensation patterns', () => {
    expect(content.lines.dfl.branches.length).toBeGreaterThanOrEqual(2);
    for (const id of LINE_IDS) expect(content.index.patternsOfLine[id].length, id).toBeGreaterThan(0);
  });

  it('never claim more than the sources: SFL continuity not confirmed, DFL and IFL not studied', () => {
    expect(content.lines.sfl.evidence.continuity.level).toBe('none');
    expect(content.lines.dfl.evidence.continuity.level).toBe('not_studied');
    expect(content.lines.ifl.evidence.continuity.level).toBe('not_studied');
    expect(content.lines.sbl.evidence.continuity.level).toBe('strong');
    for (const id of LINE_IDS) {
      const { continuity } = content.lines[id].evidence;
      if (continuity.level !== 'not_studied') expect(continuity.sources.length, `${id} names its source`).toBeGreaterThan(0);
    }
  });
});

describe('regions and patterns', () => {
  it('every region is crossed by at least one line and has patterns', () => {
    for (const region of REGION_BASE_IDS) {
      expect(content.index.linesThroughRegion[region].length, region).toBeGreaterThan(0);
      expect(content.index.patternsOfRegion[region].length, region).toBeGreaterThan(0);
    }
  });

  it('there are at least 25 patterns, none orphaned: each names lines and regions that the lines really cross', () => {
    expect(content.patterns.size).toBeGreaterThanOrEqual(25);
    for (const pattern of content.patterns.values()) {
      const crossed = pattern.lines.some((line) => pattern.regions.some((region) => content.index.linesThroughRegion[region].includes(line)));
      expect(crossed, `${pattern.id}: one of its lines passes through one of its regions`).toBe(true);
    }
  });

  it('every station and track has a Dutch, English and Latin name', () => {
    for (const item of [...content.landmarks.values(), ...content.structures.values()]) {
      expect(item.names.nl && item.names.en && item.names.la, item.id).toBeTruthy();
    }
  });
});

describe('language', () => {
  it('no English is left in Dutch text', () => {
    const offenders = Object.entries(files)
      .filter(([path]) => !path.startsWith('data/body/'))
      .flatMap(([path, json]) => dutchTexts(json, path))
      .filter(([, text]) => ENGLISH_ONLY.test(text.replace(/\([^)]*\)/g, '')))
      .map(([at, text]) => `${at}: ${text.slice(0, 80)}`);
    expect(offenders).toEqual([]);
  });

  it('nothing says a line "releases" or promises a cure', () => {
    const texts = Object.entries(files).flatMap(([path, json]) => JSON.stringify(json).match(/[^."]*\b(releases|cures?|geneest|genezing)\b[^."]*/gi)?.map((hit) => `${path}: ${hit}`) ?? []);
    expect(texts).toEqual([]);
  });
});
