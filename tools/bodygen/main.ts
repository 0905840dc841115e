// npm run model — writes public/models/body.glb deterministically from data/body/*.json,
// data/landmarks.json and data/structures.json.

import { writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadProportions, buildSkeleton, ROOT } from './proportions.ts';
import { buildSkinField, buildSkin } from './skin.ts';
import { buildTracks } from './tracks.ts';
import { buildStations, loadLandmarks, loadLandmarkPositions } from './stations.ts';
import { writeGlb } from './gltf.ts';

export const DEFAULT_SETTINGS = { edge: 0.0045, simplifyError: 0.0003 };

export async function generate(options: { edge?: number; simplifyError?: number; log?: boolean } = {}) {
  const log = options.log ? (...a: unknown[]) => console.log(...a) : () => {};
  const t0 = performance.now();
  const skeleton = buildSkeleton(loadProportions());
  const field = buildSkinField(skeleton);
  log(`skin primitives: ${field.count}`);
  const skin = await buildSkin(skeleton, field, {
    edge: options.edge ?? DEFAULT_SETTINGS.edge,
    simplifyError: options.simplifyError ?? DEFAULT_SETTINGS.simplifyError,
  });
  log(`skin: raw ${skin.stats.rawTriangles} → half ${skin.stats.halfTriangles} → full ${skin.stats.triangles} triangles`, skin.stats.ms);
  const positions = loadLandmarkPositions();
  const t1 = performance.now();
  const tracks = buildTracks(field, positions);
  const { stations, empties } = buildStations(field, skeleton, loadLandmarks(), positions);
  const count = (l: { indices: Uint32Array }[]) => l.reduce((a, m) => a + m.indices.length / 3, 0);
  log(`tracks: ${tracks.length} meshes, ${count(tracks)} triangles; stations: ${stations.length} meshes, ${count(stations)} triangles; landmarks: ${empties.length} (${(performance.now() - t1).toFixed(0)} ms)`);
  const glb = await writeGlb({
    skin: skin.meshes,
    tracks,
    stations,
    landmarks: empties,
    extras: { generator: 'tools/bodygen', units: 'm', up: '+Y', front: '+Z', left: '+X', stature: skeleton.H },
  });
  const triangles = count(skin.meshes) + count(tracks) + count(stations);
  log(`total ${triangles} triangles, ${skin.meshes.length + tracks.length + stations.length} meshes, ${(performance.now() - t0).toFixed(0)} ms`);
  return { glb, skin, skeleton, field, tracks, stations, empties, triangles };
}

const isMain = process.argv[1]?.endsWith('bodygen/main.ts');
if (isMain) {
  const { glb } = await generate({ log: true });
  mkdirSync(`${ROOT}public/models`, { recursive: true });
  writeFileSync(`${ROOT}public/models/body.glb`, glb);
  console.log(`wrote public/models/body.glb ${glb.length} bytes sha256 ${createHash('sha256').update(glb).digest('hex')}`);
}
