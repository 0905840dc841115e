// Reads data/ and scenes/ from disk into the { 'data/lines/sbl.json': json } shape the loader takes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { UnparsableJson } from '../src/content/load';

/** Folders that hold generator inputs, not content the app shows. */
const SKIPPED = new Set(['data/body']);

function walk(root: string, folder: string, out: Record<string, unknown>): void {
  let names: string[];
  try {
    names = readdirSync(join(root, folder));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const path = `${folder}/${name}`;
    if (SKIPPED.has(path)) continue;
    const full = join(root, path);
    if (statSync(full).isDirectory()) walk(root, path, out);
    else if (name.endsWith('.json')) {
      const key = relative(root, full).split(sep).join('/');
      try {
        out[key] = JSON.parse(readFileSync(full, 'utf8'));
      } catch (error) {
        // Keep the file in the map so the loader reports it rather than silently dropping it.
        out[key] = new UnparsableJson((error as Error).message);
      }
    }
  }
}

export function readContentFiles(root: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  walk(root, 'data', files);
  walk(root, 'scenes', files);
  return files;
}
