// Loads the bundled content once at start-up and validates it again at run time (the build validated it too).
import { loadContent, type LoadResult } from './load';

const modules = import.meta.glob(['../../data/**/*.json', '!../../data/body/**', '../../scenes/*.json'], {
  eager: true,
  import: 'default',
});

/** Paths from the repository root, as the loader expects them. */
const files = Object.fromEntries(Object.entries(modules).map(([path, json]) => [path.replace(/^(\.\.\/)+/, ''), json]));

export const contentResult: LoadResult = loadContent(files);
