// Bytes a reader transfers for a first and a second search on a built site, as a gzip-serving
// static host would send them (used by `npm run bench -- --search`).
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/serve.ts';

const COMPRESSIBLE = /\.(html|js|mjs|css|json)$/;

export async function searchTransfer(siteFolder: string, queries: [string, string] = ['dashboard filter', 'warehouse sync']) {
  const site = await serveStatic(siteFolder);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const sent: number[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => undefined);
      if (body) sent.push(COMPRESSIBLE.test(new URL(response.url()).pathname) ? gzipSync(body).length : body.length);
    });
    await page.goto(`${site.url}kb/`);
    await page.waitForLoadState('networkidle');
    const measure = async (query: string) => {
      const start = sent.length;
      if (!(await page.locator('[data-search-dialog]').evaluate((d: HTMLDialogElement) => d.open))) await page.keyboard.press('Control+k');
      await page.locator('[data-search-input]').fill(query);
      await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), query, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      return sent.slice(start).reduce((sum, bytes) => sum + bytes, 0);
    };
    return { first: await measure(queries[0]), second: await measure(queries[1]) };
  } finally {
    await browser.close();
    await site.close();
  }
}
