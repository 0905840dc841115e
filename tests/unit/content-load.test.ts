import { describe, expect, it } from 'vitest';
import { formatIssue, loadContent, UnparsableJson } from '../../src/content/load';
import type { Line } from '../../src/content/schemas';
import { readContentFiles } from '../../tools/content-files';

const realFiles = readContentFiles(process.cwd());
const clone = <T>(value: T): T => structuredClone(value);

/** The real content with one file replaced, so each test breaks exactly one thing. */
function withFile(path: string, change: (json: Record<string, unknown>) => unknown): Record<string, unknown> {
  const files: Record<string, unknown> = { ...realFiles };
  files[path] = change(clone(realFiles[path]) as Record<string, unknown>);
  return files;
}

function messages(files: Record<string, unknown>): string[] {
  const result = loadContent(files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('the content in data/ and scenes/', () => {
  it('is valid, complete and consistent', () => {
    expect(messages(realFiles)).toEqual([]);
  });
});

describe('a broken file gets a message naming the file, the JSON path and what was expected', () => {
  it('line: a misspelt structure suggests the right one', () => {
    const dfl = realFiles['data/lines/dfl.json'] as Line;
    const index = dfl.path.findIndex((step) => step.kind === 'track');
    const id = dfl.path[index]?.id ?? '';
    const files = withFile('data/lines/dfl.json', (json) => {
      (json.path as { id: string }[])[index]!.id = `${id}s`;
      return json;
    });
    expect(messages(files)).toContain(`data/lines/dfl.json: path[${index}].id "${id}s" is not a known structure — did you mean "${id}"?`);
  });

  it('line: two tracks in a row are refused', () => {
    const files = withFile('data/lines/sbl.json', (json) => {
      const path = json.path as { kind: string; id: string }[];
      const station = path.findIndex((step, index) => index > 0 && step.kind === 'station');
      path.splice(station, 1);
      return json;
    });
    expect(messages(files).some((message) => message.includes('two tracks in a row'))).toBe(true);
  });

  it('landmark: an unknown region lists the allowed ones', () => {
    const files = withFile('data/landmarks.json', (json) => {
      (json.landmarks as { region: string }[])[0]!.region = 'elbow';
      return json;
    });
    expect(messages(files).find((message) => message.startsWith('data/landmarks.json: landmarks[0].region must be one of'))).toBeTruthy();
  });

  it('structure: an unknown kind is named', () => {
    const files = withFile('data/structures.json', (json) => {
      (json.structures as { kind: string }[])[0]!.kind = 'organ';
      return json;
    });
    expect(messages(files).some((message) => message.startsWith('data/structures.json: structures[0].kind must be one of'))).toBe(true);
  });

  it('region: a missing section is reported at its path', () => {
    const files = withFile('data/regions/jaw.json', (json) => {
      delete json.clientsFeel;
      return json;
    });
    expect(messages(files).some((message) => message.startsWith('data/regions/jaw.json: clientsFeel'))).toBe(true);
  });

  it('pattern: an unknown line id is refused', () => {
    const [path] = Object.keys(realFiles).filter((file) => file.startsWith('data/patterns/'));
    const files = withFile(path!, (json) => ({ ...json, lines: ['dflx'] }));
    expect(messages(files).some((message) => message.startsWith(`${path}: lines[0] must be one of`))).toBe(true);
  });

  it('pattern: an unknown exercise suggests the closest', () => {
    const [path] = Object.keys(realFiles).filter((file) => file.startsWith('data/patterns/'));
    const files = withFile(path!, (json) => ({ ...json, exercises: ['groundingg'] }));
    expect(messages(files)).toContain(`${path}: exercises[0] "groundingg" is not a known exercise — did you mean "grounding"?`);
  });

  it('exercise: a negative duration is refused', () => {
    const files = withFile('data/exercises/grounding.json', (json) => ({ ...json, durationMinutes: -1 }));
    expect(messages(files).some((message) => message.startsWith('data/exercises/grounding.json: durationMinutes'))).toBe(true);
  });

  it('scene: an unknown line in a step is refused', () => {
    const [path] = Object.keys(realFiles).filter((file) => file.startsWith('scenes/'));
    const files = withFile(path!, (json) => {
      (json.steps as { lines: { id: string }[] }[])[0]!.lines = [{ id: 'xyz' }];
      return json;
    });
    expect(messages(files).some((message) => message.startsWith(`${path}: steps[0].lines[0].id must be one of`))).toBe(true);
  });

  it('practice: the booking link must be a URL, and practice passages must be marked as practice', () => {
    const files = withFile('data/practice.json', (json) => {
      json.bookingUrl = 'not a link';
      (json.perspectives as { passages: { claim: string }[] }[])[0]!.passages[0]!.claim = 'evidence';
      return json;
    });
    const found = messages(files);
    expect(found.some((message) => message.startsWith('data/practice.json: bookingUrl'))).toBe(true);
    expect(found.some((message) => message.startsWith('data/practice.json: perspectives[0].passages[0].claim'))).toBe(true);
  });

  it('ui strings: a key missing in English is named, and so is a key only English has', () => {
    const files = withFile('data/ui/en.json', (json) => {
      delete json['lines.title'];
      json['lines.extra'] = 'Extra';
      return json;
    });
    expect(messages(files)).toEqual([
      'data/ui/en.json: lines.title is missing (it exists in nl.json)',
      'data/ui/en.json: lines.extra is not in nl.json',
    ]);
  });

  it('sources: a missing year is reported', () => {
    const files = withFile('data/sources.json', (json) => {
      delete (json.sources as Record<string, unknown>[])[0]!.year;
      return json;
    });
    expect(messages(files).some((message) => message.startsWith('data/sources.json: sources[0].year'))).toBe(true);
  });

  it('a file that is not JSON is reported, not dropped', () => {
    const files = { ...realFiles, 'data/regions/jaw.json': new UnparsableJson('Unexpected token }') };
    expect(messages(files)).toContain('data/regions/jaw.json: is not valid JSON: Unexpected token }');
  });

  it('a missing line file is reported', () => {
    const files: Record<string, unknown> = { ...realFiles };
    delete files['data/lines/ifl.json'];
    expect(messages(files)).toContain('data/lines/ifl.json: file is missing (every line needs one)');
  });
});
