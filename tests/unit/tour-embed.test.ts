import { describe, expect, it } from 'vitest';
import { allowedOrigins, parseShowCommand } from '../../src/modes/tours/embed';

const scenes = new Set(['lower_back_story', 'line_dfl']);

describe("the embed's messages from the practice's site", () => {
  it('a show message names a known line, region or scene step', () => {
    expect(parseShowCommand({ type: 'fascia:show', line: 'dfl' }, scenes)).toEqual({ type: 'fascia:show', line: 'dfl' });
    expect(parseShowCommand({ type: 'fascia:show', region: 'foot_l' }, scenes)).toEqual({ type: 'fascia:show', region: 'foot_l' });
    expect(parseShowCommand({ type: 'fascia:show', scene: 'line_dfl', step: 3 }, scenes)).toEqual({ type: 'fascia:show', scene: 'line_dfl', step: 3 });
  });

  it('anything else is ignored: other types, unknown ids or fields, a step without a scene, an empty show', () => {
    for (const message of [
      null,
      'fascia:show',
      [],
      { type: 'fascia:erase' },
      { type: 'fascia:show' },
      { type: 'fascia:show', line: 'xyz' },
      { type: 'fascia:show', region: 'foot' },
      { type: 'fascia:show', scene: 'nonsense' },
      { type: 'fascia:show', step: 2 },
      { type: 'fascia:show', scene: 'lower_back_story', step: 0 },
      { type: 'fascia:show', line: 'dfl', script: 'alert(1)' },
    ]) {
      expect(parseShowCommand(message, scenes), JSON.stringify(message)).toBeNull();
    }
  });

  it('the app itself and the origins the practice lists may steer it, written as browsers write origins', () => {
    const origins = allowedOrigins('https://app.example', ['https://www.praktijk.nl/', 'not a url', 'ftp://files.example']);
    expect([...origins]).toEqual(['https://app.example', 'https://www.praktijk.nl']);
  });
});
