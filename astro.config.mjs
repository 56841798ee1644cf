// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import milepost from './src/integration/index.ts';

export default defineConfig({
  site: process.env.MILEPOST_SITE || undefined,
  base: process.env.MILEPOST_BASE || undefined,
  trailingSlash: 'always',
  integrations: [milepost(), mdx()],
});
