// Every built page, opened as a reader would on a phone (360 px) and a desktop (1280 px), in light
// and dark mode: nothing wider than the window, no text too small to read, no Content Security
// Policy violation, console error or failed request, every image loaded, every in-page link
// leading somewhere. Pages come from dist/, so a new page is checked without naming it here.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';
import { pageProblems, reportPolicyViolations } from './page-checks.ts';
import { serveStatic, type StaticSite } from './serve.ts';

/** Root-relative paths of every HTML page in the built site. */
function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') visit(full);
      } else if (entry.name.endsWith('.html')) {
        const path = `/${relative(dist, full).split(sep).join('/')}`;
        pages.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  visit(dist);
  return pages.sort();
}

const VIEWS = [
  { width: 360, colorScheme: 'light' },
  { width: 360, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const;

describe.runIf(browserAvailable())('every built page, as a reader sees it', () => {
  const dist = inject('dist');
  const pages = builtPages(dist);
  let site: StaticSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds the pages of every part of the portal', () => {
    for (const part of ['/', '/plans/', '/training/', '/certification/', '/kb/', '/faq/', '/videos/', '/search/', '/404.html']) expect(pages).toContain(part);
    expect(pages.length).toBeGreaterThan(60);
  });

  for (const view of VIEWS) {
    it(`shows every page right at ${view.width} px in ${view.colorScheme} mode`, { timeout: 240_000 }, async () => {
      const context: BrowserContext = await browser.newContext({ viewport: { width: view.width, height: 800 }, colorScheme: view.colorScheme });
      await reportPolicyViolations(context);
      // Three tabs at a time: the pages are independent, and the machine has two cores.
      const queue = pages.map((path) => path.slice(1));
      const worker = async () => {
        const page = await context.newPage();
        const found = await pageProblems(page, site.url, () => queue.shift());
        await page.close();
        return found;
      };
      const problems = Object.assign({}, ...(await Promise.all([worker(), worker(), worker()])));
      await context.close();
      expect(problems).toEqual({});
    });
  }
});
