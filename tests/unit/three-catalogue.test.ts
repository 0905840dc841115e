// Every three.js element the scene writes as JSX must be in the build's element catalogue (src/scene/threeCatalogue.ts):
// the production Canvas knows only those, and an unknown one throws when it is first drawn.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import * as catalogue from '../../src/scene/threeCatalogue';

/** Lower-case JSX tags in the app's .tsx files (and in the drei components it uses) that name a class of three. */
function threeElementsIn(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]|createElement\("([a-z][A-Za-z0-9]*)"/g)) {
      const tag = match[1] ?? match[2] ?? '';
      const name = `${tag[0]?.toUpperCase()}${tag.slice(1)}`;
      // <path> is an SVG path (the flat map), not three's Path.
      if (tag !== 'path' && name in THREE) names.add(name);
    }
  }
  return names;
}

function tsxFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('three element catalogue', () => {
  it('holds every three element the scene and its drei components write', () => {
    const drei = ['web/Html.js', 'core/OrbitControls.js'].map((file) => join('node_modules/@react-three/drei', file));
    const used = threeElementsIn([...tsxFiles('src'), ...drei]);
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter((name) => !(name in catalogue));
    expect(missing).toEqual([]);
  });

  it('holds only classes of three', () => {
    for (const [name, value] of Object.entries(catalogue)) expect(value, name).toBe((THREE as Record<string, unknown>)[name]);
  });
});
