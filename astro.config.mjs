// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import milepost from './src/integration/index.ts';

export default defineConfig({
  site: process.env.MILEPOST_SITE || undefined,
  base: process.env.MILEPOST_BASE || undefined,
  trailingSlash: 'always',
  // Separate caches let tests build several fixture sites side by side.
  cacheDir: process.env.MILEPOST_CACHE_DIR || undefined,
  integrations: [milepost(), mdx()],
});
