// Slow check (~40 s): the generator is deterministic (two runs give the same bytes) and the
// committed public/models/body.glb equals what it makes now.   tsx tools/bodygen/verify.ts

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { generate } from './main.ts';
import { ROOT } from './proportions.ts';

const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const a = hash((await generate()).glb);
const b = hash((await generate()).glb);
const committed = hash(readFileSync(`${ROOT}public/models/body.glb`));
console.log(`run 1 ${a}\nrun 2 ${b}\ncommitted ${committed}`);
if (a !== b) {
  console.error('not deterministic: two runs differ');
  process.exit(1);
}
if (a !== committed) {
  console.error('public/models/body.glb is stale: run `npm run model` and commit it');
  process.exit(1);
}
console.log('ok: deterministic and up to date');
