// npm run body2d: writes src/body2d/bodyMap.json from public/models/body.glb (run after `npm run model`).
import { readFileSync, writeFileSync } from 'node:fs';
import { bodyMapText, generateBodyMap } from './generate';

export const BODY_MAP_PATH = 'src/body2d/bodyMap.json';

const text = bodyMapText(await generateBodyMap(new Uint8Array(readFileSync('public/models/body.glb'))));
writeFileSync(BODY_MAP_PATH, text);
console.log(`${BODY_MAP_PATH}: ${(text.length / 1024).toFixed(1)} KiB`);
