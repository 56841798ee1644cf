// Shared set-up for browser tests: the built site served on 127.0.0.1, one Chromium, and a page
// that records errors and the bytes each response would transfer with gzip on a static host.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|ics|txt)$|\/$/;

export interface Session {
  site: StaticSite;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Transferred bytes per URL path, as a gzip-serving static host would send them. */
  transfers: Map<string, number>;
  url(path: string): string;
  close(): Promise<void>;
}

/** `dist`: another built site than the one the suite was given (e.g. a team edition). */
export async function openSite(options: { colorScheme?: 'light' | 'dark'; width?: number; bypassCSP?: boolean; dist?: string } = {}): Promise<Session> {
  const site = await serveStatic(options.dist ?? inject('dist'));
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', acceptDownloads: true, bypassCSP: options.bypassCSP ?? false });
  // Any Content Security Policy violation becomes a console error, which every suite checks for.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const transfers = new Map<string, number>();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    const body = await response.body().catch(() => undefined);
    if (body) transfers.set(path, COMPRESSIBLE.test(path) ? gzipSync(body).length : body.length);
  });
  return {
    site,
    browser,
    context,
    page,
    errors,
    transfers,
    url: (path) => site.url + path.replace(/^\//, ''),
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
