// npm run model — writes public/models/body.glb deterministically from data/body/*.json (+ data/landmarks.json,
// data/structures.json when present).

import { writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadProportions, buildSkeleton, ROOT } from './proportions.ts';
import { buildSkinField, buildSkin } from './skin.ts';
import { writeGlb } from './gltf.ts';

export async function generate(options: { edge?: number; simplifyError?: number; log?: boolean } = {}) {
  const log = options.log ? (...a: unknown[]) => console.log(...a) : () => {};
  const t0 = performance.now();
  const skeleton = buildSkeleton(loadProportions());
  const field = buildSkinField(skeleton);
  log(`primitives: ${field.count}`);
  const skin = await buildSkin(skeleton, field, { edge: options.edge ?? 0.0055, simplifyError: options.simplifyError ?? 0.0006 });
  log(`skin: raw ${skin.stats.rawTriangles} → half ${skin.stats.halfTriangles} → full ${skin.stats.triangles} tris`, skin.stats.ms);
  for (const m of skin.meshes) log(m.name, m.indices.length / 3);
  const glb = await writeGlb({ skin: skin.meshes, tracks: [], stations: [], landmarks: [] });
  log(`total ${(performance.now() - t0).toFixed(0)} ms`);
  return { glb, skin, skeleton, field };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/tools\//, '/tools/'));
if (isMain) {
  const { glb } = await generate({ log: true });
  mkdirSync(`${ROOT}public/models`, { recursive: true });
  writeFileSync(`${ROOT}public/models/body.glb`, glb);
  console.log(`wrote public/models/body.glb ${glb.length} bytes sha256 ${createHash('sha256').update(glb).digest('hex').slice(0, 16)}`);
}
