// The committed body.glb is exactly what the generator makes from today's data (so the model and
// the landmark/structure data cannot drift apart). Generation takes ~15–25 s on two cores; the
// two-run determinism check lives in tools/bodygen/verify.ts.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { generate } from '../../tools/bodygen/main.ts';
import { GLB_PATH } from './body-model.ts';

const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('body.glb generation', () => {
  it('regenerates byte-identical to the committed file', async () => {
    const { glb } = await generate();
    expect(hash(glb)).toBe(hash(readFileSync(GLB_PATH)));
  }, 180_000);
});
