// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import milepost from './src/integration/index.ts';

const env = process.env;

export default defineConfig({
  ...(env.MILEPOST_SITE ? { site: env.MILEPOST_SITE } : {}),
  ...(env.MILEPOST_BASE ? { base: env.MILEPOST_BASE } : {}),
  // Separate caches let tests build several fixture sites side by side.
  ...(env.MILEPOST_CACHE_DIR ? { cacheDir: env.MILEPOST_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [milepost(), mdx()],
});
