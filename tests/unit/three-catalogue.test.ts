// Every three.js element the scene writes as JSX must be in the build's element catalogue (src/scene/threeCatalogue.ts):
// the production Canvas knows only those, and an unknown one throws when it is first drawn.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The source file of each drei component the app imports (drei keeps one per component, in core/ or web/). */
function dreiFilesUsedBy(files: string[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@react-three\/drei'/g)) {
      for (const name of (match[1] ?? '').split(',')) if (name.trim() && !name.includes('type ')) names.add(name.trim().split(/\s+as\s+/)[0] ?? '');
    }
  }
  return [...names].map((name) => {
    const file = ['core', 'web'].map((folder) => join('node_modules/@react-three/drei', folder, `${name}.js`)).find((path) => existsSync(path));
    if (!file) throw new Error(`drei's ${name} is not in core/ or web/: say where its elements are read from`);
    return file;
  });
}

describe('three element catalogue', () => {
  it('holds every three element the scene and its drei components write', () => {
    const app = tsxFiles('src');
    const drei = dreiFilesUsedBy(app);
    expect(drei.map((file) => file.split('/').pop())).toEqual(expect.arrayContaining(['Html.js', 'OrbitControls.js']));
    const used = threeElementsIn([...app, ...drei]);
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter((name) => !(name in catalogue));
    expect(missing).toEqual([]);
  });

  it('holds only classes of three', () => {
    for (const [name, value] of Object.entries(catalogue)) expect(value, name).toBe((THREE as Record<string, unknown>)[name]);
  });
});
