import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import { formatIssue, loadContent } from './src/content/load';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from './tools/content-files';
import { contentBundles } from './tools/content-bundles';
import { PRACTICE_LANGUAGE } from './src/i18n/language';

/** The build fails on bad content, with the same messages as `npm run content:check`. */
function contentCheck(): Plugin {
  return {
    name: 'fascia-content-check',
    buildStart() {
      const result = loadContent(readContentFiles(process.cwd()));
      if (!result.ok) this.error(`content problems:\n${result.issues.map(formatIssue).join('\n')}`);
    },
  };
}

/**
 * Nothing leaves the origin. 'wasm-unsafe-eval' is not needed (meshopt decodes with its own wasm only when
 * WebAssembly is allowed, so we allow it); blob: covers the decoder worker; style-src needs 'unsafe-inline' for
 * React's style attributes (line colours).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The CSP goes into the built page as a meta tag, so it holds wherever the files are hosted. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'fascia-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * The 3D view's chunk (three.js, the scene) is loaded by a dynamic import, which starts only once the first chunk
 * has arrived and run; a modulepreload in the page starts its download beside the first chunk's instead. The same
 * for the body model.
 */
function preloadViewer(): Plugin {
  let base = '/';
  return {
    name: 'fascia-preload-viewer',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const chunks = Object.values(context.bundle ?? {});
        const viewer = chunks.find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/scene/Viewer.tsx'));
        if (!viewer || viewer.type !== 'chunk') return [];
        // Every chunk the view's code imports, and what those import in turn: one missing here is found only once
        // its importer has arrived and is a second round trip before the view can run (three-mesh-bvh was).
        const needed = new Set<string>();
        const visit = (file: string) => {
          if (needed.has(file)) return;
          needed.add(file);
          const chunk = context.bundle?.[file];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        visit(viewer.fileName);
        const scripts = [...needed].filter((file) => !html.includes(file)).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
        // The body model too, from the first moment rather than once the first chunk has run (modelDownload.ts's
        // fetch picks it up: same address, same mode). Low priority, so the scripts that show the page come first
        // on a slow line and the model takes the rest of it.
        const model = { tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', fetchpriority: 'low', href: `${base}models/body.glb` }, injectTo: 'head' as const };
        // The content in the practice's language, which a first visit opens in (a link or a saved choice may ask
        // for another: then these bytes wait in the cache); otherwise its fetch starts only once the first chunk ran.
        const content = chunks.find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId === `\0virtual:fascia-content/${PRACTICE_LANGUAGE}`);
        const contentLink = content ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${content.fileName}` }, injectTo: 'head' as const }] : [];
        return [...scripts, ...contentLink, model];
      },
    },
  };
}

/**
 * R3F's <Canvas> makes every class of three a JSX element (`extend(THREE)` on its `import * as THREE`), which keeps
 * all of three in the first download. The build gives that one module src/scene/threeCatalogue.ts as its "three":
 * the elements the scene uses, and three shaken down to what the app calls. The build fails if R3F's file is no
 * longer where this expects it (the saving would otherwise vanish silently).
 */
function r3fCatalogue(): Plugin {
  const canvasModule = /@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
  const catalogue = fileURLToPath(new URL('./src/scene/threeCatalogue.ts', import.meta.url));
  let redirected = false;
  return {
    name: 'fascia-r3f-catalogue',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'three' || !importer || !canvasModule.test(importer)) return null;
      redirected = true;
      return catalogue;
    },
    buildEnd(error) {
      if (!error && !redirected) this.error("r3fCatalogue: R3F's Canvas module did not import 'three' where expected; update the plugin");
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentCheck(),
    contentBundles(process.cwd()),
    contentSecurityPolicy(),
    preloadViewer(),
    r3fCatalogue(),
    // Offline after the first visit: the shell, fonts and the body model are precached. 'prompt' so an update
    // never reloads the page under a therapist's finger; it is used the next time the app opens.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Fascia Line Explorer',
        short_name: 'Fascia Lines',
        description: 'The myofascial lines on a 3D body, with plain-language explanation per body region.',
        lang: 'nl',
        theme_color: '#f4efe7',
        background_color: '#f4efe7',
        display: 'standalone',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      // PNG icons for iPad and Android (192, 512, maskable 512, apple-touch 180) made from icon.svg at build time,
      // with their <link> tags; the padded ones on the app's linen rather than white.
      pwaAssets: {
        image: 'public/icon.svg',
        preset: {
          ...minimal2023Preset,
          maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#f4efe7' } },
          apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#f4efe7' } },
        },
        htmlPreset: '2023',
        overrideManifestIcons: true,
        includeHtmlHeadLinks: true,
        injectThemeColor: false,
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,glb,json,png,ico}'],
        // Workbox silently skips files above its limit (2 MiB by default); the model must never be skipped.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
      },
    }),
  ],
  // The progress bar's total when a response carries no Content-Length (some service-worker responses do not).
  define: { __BODY_MODEL_BYTES__: JSON.stringify(statSync('public/models/body.glb').size) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the first screen needs, in one file instead of two dozen small shared ones.
            { name: 'start', tags: ['$initial'], priority: 2 },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
