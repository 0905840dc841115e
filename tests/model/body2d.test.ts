import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyMapText, generateBodyMap } from '../../tools/body2d/generate';

describe('the flat body map', () => {
  it('is what the generator makes of the committed model (run `npm run body2d` after `npm run model`)', async () => {
    const generated = bodyMapText(await generateBodyMap(new Uint8Array(readFileSync('public/models/body.glb'))));
    expect(generated === readFileSync('src/body2d/bodyMap.json', 'utf8')).toBe(true);
  });
});
