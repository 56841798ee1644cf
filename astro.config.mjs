// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import milepost from './src/integration/index.ts';
import { migratedHref } from './src/content/migrated-links.ts';
import { unpublishedPage } from './src/content/draft-links.ts';
import { articleProcessorOptions } from './src/markdown/article-pipeline.ts';
import { FRAME_SOURCES } from './src/markdown/raw-html.ts';
import { resolvePublicFolder } from './src/content/settings.ts';

const env = process.env;

// The config's type, without `defineConfig`: importing 'astro/config' for that identity function
// loaded SVGO and Astro's font providers, 280 modules and 0.1 s of every build (npm run build).
/** @type {import('astro').AstroUserConfig} */
const config = {
  ...(env.MILEPOST_SITE ? { site: env.MILEPOST_SITE } : {}),
  ...(env.MILEPOST_BASE ? { base: env.MILEPOST_BASE } : {}),
  // The static files beside plans/ and content/ (a help center's own public/ under MILEPOST_ROOT).
  publicDir: resolvePublicFolder(),
  // Separate caches let tests build several fixture sites side by side.
  ...(env.MILEPOST_CACHE_DIR ? { cacheDir: env.MILEPOST_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Rendering one page at a time leaves the main thread idle half the time, waiting for each
  // file to be written; four at a time cut page generation at 3,000 pages from 10.3 s to 7.7 s,
  // with the same peak memory (npm run bench; 2 and 8 measured too).
  build: { concurrency: 4 },
  // Article pages carry a cache key of everything they show (src/site/article-cache-key.ts): a
  // rebuild copies unchanged ones from the build cache instead of rendering them again.
  experimental: { incrementalBuild: true },
  // Article images at the widths the article column shows them, kept as they are where encoding
  // would not make them smaller (src/integration/image-service.ts). Lossy WebP at Astro's default
  // quality, effort 2: on the image-heavy help center's screenshots 40% less encoder CPU than
  // effort 4 for 4–8% more bytes to a reader; lossless and near-lossless WebP and PNG came out
  // larger and slower (`npm run bench -- --encoders`, README "Performance").
  image: {
    service: { entrypoint: './src/integration/image-service.ts', config: { webp: { quality: 80, effort: 2 }, webpRetina: { effort: 0 } } },
  },
  markdown: {
    // Prism marks code with classes that the site's stylesheet colours (light and dark). Shiki
    // colours each token with an inline style attribute, which the strict CSP below blocks.
    syntaxHighlight: 'prism',
    // Help-center exports drop in as they are: raw HTML, GitHub alerts, ":::note" blocks,
    // "{#id}" headings, links between files and to the old help center, wide tables.
    processor: satteri(articleProcessorOptions(env.MILEPOST_BASE || '/', { migratedHref, unpublishedPage })),
  },
  // A strict Content Security Policy: Astro hashes the scripts and styles it emits; Pagefind
  // needs its own files ('self') and WebAssembly compilation ('wasm-unsafe-eval'); videos embed
  // from YouTube and Vimeo only after a click. Articles' raw HTML is made to fit it
  // (src/markdown/raw-html.ts): no inline styles or handlers, frames from those players only.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // Articles exported from a hosted help center show images from its CDN; images run no script.
        "img-src 'self' data: https:",
        "connect-src 'self'",
        `frame-src ${FRAME_SOURCES.join(' ')}`,
        "media-src 'self' https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [milepost(), mdx()],
};

export default config;
