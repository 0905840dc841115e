// Vite plugin: the content as the app loads it, one module per language (`virtual:fascia-content/nl`) and one
// for that language's long texts (`…/nl/long`), made by the one loader in src/content/load.ts. The app imports
// `virtual:fascia-content`, whose loaders are dynamic imports, so each becomes its own small chunk.
import type { Plugin } from 'vite';
import { LANGUAGES } from '../src/content/ids';
import { loadContent, type LoadResult } from '../src/content/load';
import { splitContent } from '../src/content/languageSplit';
import { readContentFiles } from './content-files';

const VIRTUAL = 'virtual:fascia-content';
const RESOLVED = `\0${VIRTUAL}`;

/** The module text of the index: a loader per language for the core and for the long texts. */
function indexModule(): string {
  const loaders = (suffix: string) =>
    `{ ${LANGUAGES.map((language) => `${language}: () => import('${VIRTUAL}/${language}${suffix}')`).join(', ')} }`;
  return `export const coreLoaders = ${loaders('')};\nexport const longTextLoaders = ${loaders('/long')};\n`;
}

/** JSON.parse of a string literal: parsed faster than the same object as JavaScript, and it stays plain data. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export function contentBundles(root: string): Plugin {
  let loaded: { result: LoadResult; files: string[] } | undefined;
  const load = () => {
    if (!loaded) {
      const files = readContentFiles(root);
      loaded = { result: loadContent(files), files: Object.keys(files) };
    }
    return loaded;
  };
  return {
    name: 'fascia-content-bundles',
    resolveId: (id) => (id === VIRTUAL || id.startsWith(`${VIRTUAL}/`) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const [, language, part] = id.slice(RESOLVED.length).split('/');
      if (language === undefined) return indexModule();
      const { result, files } = load();
      for (const file of files) this.addWatchFile(`${root}/${file}`);
      // Bad content reaches the app as its list of problems (the build itself stops earlier, in content-check).
      if (!result.ok) return jsonModule(part === 'long' ? [] : { $issues: result.issues });
      if (!(LANGUAGES as readonly string[]).includes(language)) this.error(`${VIRTUAL}: unknown language "${language}"`);
      const split = splitContent(result.content, language as (typeof LANGUAGES)[number]);
      return jsonModule(part === 'long' ? split.long : split.core);
    },
    watchChange: (id) => {
      if (id.includes('/data/') || id.includes('/scenes/')) loaded = undefined;
    },
  };
}
