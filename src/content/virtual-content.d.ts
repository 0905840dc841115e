// The modules tools/content-bundles.ts makes at build time (and in the dev server), one loader per language.
declare module 'virtual:fascia-content' {
  type Loaders = Readonly<Record<string, (() => Promise<{ default: unknown }>) | undefined>>;
  /** One language's content, validated by the build: `reviveContent` turns it into the content object. */
  export const coreLoaders: Loaders;
  /** That language's long texts, for `mergeLongTexts`. */
  export const longTextLoaders: Loaders;
}
