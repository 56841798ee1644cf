// The built portal opens in a real browser without errors.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';
import { serveStatic, type StaticSite } from './serve.ts';

describe.runIf(browserAvailable())('the built portal in Chromium', () => {
  let site: StaticSite;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    site = await serveStatic(inject('dist'));
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('opens the home page with the portal name and links to every plan', async () => {
    await page.goto(site.url);
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    const planLinks = await page.locator('a[href*="/plans/"]').count();
    expect(planLinks).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
