// Help-center exports as a reader sees them. Exports carry their old editor's raw HTML: inline
// styles, video frames from www.youtube.com and from hosts the portal's Content Security Policy
// does not allow, images on the old CDN. Every page built from each export shape of
// tests/fixtures (Zendesk-style, Intercom-style, docs-style, a GitBook space, an MkDocs folder, Docusaurus, Mintlify, Starlight, Nextra, ReadMe, MyST, VitePress and Docsify docs, an mdBook, and German and Hebrew help centers), on a phone and a desktop, with no
// Content Security Policy violation, console error, failed request, broken image or content wider
// than the window. Other hosts answer with an empty page or a 1-pixel image: the machine running
// this has no network.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readText } from '../helpers/build.ts';
import { importHelpCenter } from '../../src/cli/import.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, pageProblems, reportPolicyViolations } from './page-checks.ts';
import { serveStatic, type StaticSite } from './serve.ts';

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Root-relative addresses of the HTML pages in `dist`: Pagefind's and Astro's folders aside, and old addresses, which only forward. */
function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('_astro/') && !path.startsWith('pagefind/'))
    .filter((path) => !readFileSync(join(dist, path), 'utf8').includes('http-equiv="refresh"'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** A help center's API responses (tests/fixtures/<platform>-api/), imported into the minimal site with `milepost import`. */
const IMPORTED = {
  'zendesk-api': 'zendesk',
  'intercom-api': 'intercom',
  'helpscout-api': 'helpscout',
  'freshdesk-api': 'freshdesk',
} as const;

async function importedRoot(fixture: keyof typeof IMPORTED): Promise<string> {
  const root = fixtureRoot();
  const folder = join(FIXTURES, fixture);
  const files = readdirSync(folder).map((file) => join(folder, file));
  expect(await importHelpCenter(IMPORTED[fixture], files, { root, out: () => {} })).toBe(0);
  return root;
}

/** Builds a fixture (or a help center imported from one) once for the describe block it is called in, serves it and opens a browser. */
function builtFixture(fixture: string) {
  const built = {
    outDir: mkdtempSync(join(tmpdir(), `milepost-${fixture}-`)),
    site: undefined as unknown as StaticSite,
    browser: undefined as unknown as Browser,
  };
  beforeAll(async () => {
    const root = fixture in IMPORTED ? await importedRoot(fixture as keyof typeof IMPORTED) : `${FIXTURES}${fixture}`;
    const build = buildSite(root, { outDir: built.outDir });
    expect(build.code, build.output.slice(-3000)).toBe(0);
    built.site = await serveStatic(built.outDir);
    built.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await built.browser?.close();
    await built.site?.close();
  });
  return built;
}

for (const shape of [
  'zendesk-export',
  'intercom-export',
  'docs-tree',
  'gitbook-export',
  'mkdocs-export',
  'docusaurus-export',
  'mintlify-export',
  'starlight-export',
  'readme-export',
  'nextra-components',
  'nextra-export',
  'myst-export',
  'vitepress-export',
  'docsify-export',
  // A backup of HTML files: a table with a list in a cell, a sized image, a YouTube frame.
  'html-help-center',
  // A Confluence space's HTML export: its macros as callouts, a dropdown, a code panel, a table.
  'confluence-export',
  // A Notion workspace as Markdown: pages beside the folders of their sub-pages.
  'notion-export',
  // A GitHub wiki: [[wiki links]], a code block, a table.
  'github-wiki',
  // An mdBook's HTML output: chapters inside the book's chrome, hidden code lines, an article alone in its folder.
  'mdbook-export',
  // A Sphinx site's HTML output: autodoc entries, highlighted code, an admonition, a toctree in its home.
  'sphinx-html-export',
  // A desktop application's offline help (LibreOffice's shape): links through <base href>, boxes beside icons, shortcut tables.
  'office-help-export',
  // A desktop's help built by Yelp (GNOME's shape): guide pages of topic links, notes with icons, symbolic icons in the text.
  'desktop-help-export',
  // A manual made by Texinfo's makeinfo (GNU manuals): a page a node, panels of links, a menu table, definitions of commands.
  'texinfo-manual-export',
  // A product's wiki mirrored with wget (MediaWiki: Vector 2022 and MonoBook): thumbnails, a wikitable, a navigation box.
  'mediawiki-export',
  // A server's manual with a folder per language, one copied (Apache httpd's shape): language rows, arrows, directive tables.
  'server-manual-export',
  // A MkDocs site's HTML in its own theme: a navigation bar with the menu, a contents column, a search dialog, a redirect page.
  'mkdocs-html-export',
  // Pages that are folders (Hugo's page bundles): an index.md beside its image, a category of one page.
  'page-bundles',
  // A German help center: compound words longer than a phone's line, in a title and a heading.
  'german-help-center',
  // Zendesk's, Intercom's, Help Scout's and Freshdesk's API responses, imported with `npm run import`: the Markdown the importer writes.
  'zendesk-api',
  'intercom-api',
  'helpscout-api',
  'freshdesk-api',
]) {
  describe.runIf(browserAvailable())(`the ${shape} fixture, as a reader sees it`, () => {
    const built = builtFixture(shape);

    if (shape === 'server-manual-export')
      it('finds the page whose title says a question’s words before a longer page that happens to say them all', async () => {
        // "Custom Error Responses" never says "page"; the log files' page says "custom", "error" and "page".
        const page = await built.browser.newPage();
        await page.goto(built.site.url);
        await page.keyboard.press('/');
        await page.locator('[data-search-input]').fill('custom error page');
        const first = page.locator('[role="option"]').first();
        await expect.poll(() => first.locator('a').first().getAttribute('href')).toBe('/kb/relay-server/custom-error/');
        await expect(first.isVisible()).resolves.toBe(true);
        await page.close();
      });

    if (shape === 'desktop-help-export')
      it('shows an icon drawn dark on transparent on a light ground in dark mode, where it vanished on the dark page', async () => {
        const context = await built.browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: 'dark' });
        const page = await context.newPage();
        await page.goto(`${built.site.url}kb/help/net-wireless-connect/`);
        const icon = page.locator('.prose img').first();
        await expect(icon.isVisible()).resolves.toBe(true);
        // The icon's pixels against its ground: GNOME's #2e3436 on the page's near-black left a
        // difference of about 40 in each channel; on the light ground it is about 200.
        const { channels } = await sharp(await icon.screenshot()).stats();
        for (const { min, max } of channels.slice(0, 3)) expect(max - min).toBeGreaterThan(150);
        await context.close();
      });

    if (shape === 'zendesk-export') {
      it('plays a YouTube walkthrough from youtube-nocookie.com and links a Loom video the policy does not frame', () => {
        const html = readText(built.outDir, 'kb/getting-started/setting-up-your-workspace/install-the-tracking-snippet/index.html');
        expect(html).toContain('src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?rel=0&amp;start=12"');
        expect(html).toMatch(
          /<a class="embed-link" href="https:\/\/www\.loom\.com\/embed\/[^"]+"[^>]*>Open “Verify in Live view” on www\.loom\.com<\/a>/,
        );
        expect(html).toContain('<p class="align-center">');
      });
    }

    for (const width of [360, 1280]) {
      it(`shows every page right at ${width} px, with nothing the policy refuses`, { timeout: 180_000 }, async () => {
        const { browser, site } = built;
        const pages = builtPages(built.outDir);
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        await reportPolicyViolations(context);
        await context.route(
          (url) => url.origin !== new URL(site.url).origin,
          (route) =>
            route.request().resourceType() === 'image'
              ? route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL })
              : route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title>' }),
        );
        const queue = [...pages];
        const problems = await pageProblems(await context.newPage(), site.url, () => queue.shift());
        await context.close();
        expect(pages.length).toBeGreaterThan(8);
        expect(problems).toEqual({});
      });
    }

    it('has no WCAG 2.2 A/AA violation (axe) on any page', { timeout: 180_000 }, async () => {
      const { browser, site } = built;
      // axe is injected into the page, which the portal's own policy rightly forbids.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      const page = await context.newPage();
      const violations: Record<string, string[]> = {};
      for (const path of builtPages(built.outDir)) {
        await page.goto(site.url + path);
        // An old address forwards to the article's page (a meta refresh), which is checked as itself.
        if ((await page.locator('meta[http-equiv="refresh"]').count()) > 0) continue;
        const found = await axeViolations(page);
        if (found.length > 0) violations[path] = found.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
      await context.close();
      expect(violations).toEqual({});
    });
  });
}

// A help center written right to left (its articles say `locale: he`): the portal reads right to
// left, and the drawings on a 0–100 or day scale keep their own left-to-right coordinates.
describe.runIf(browserAvailable())('a Hebrew help center, as a reader sees it', () => {
  const built = builtFixture('hebrew-help-center');

  for (const width of [360, 1280]) {
    it(`starts every line at the right at ${width} px, and shows every page right`, { timeout: 120_000 }, async () => {
      const { browser, site } = built;
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      await reportPolicyViolations(context);
      const page = await context.newPage();
      await page.goto(`${site.url}kb/${encodeURI('חיוב/תשלומים')}/download-invoice/`);
      // Where the text of an element is drawn, within the element's own box.
      const extent = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const text = range.getBoundingClientRect();
            const block = element.getBoundingClientRect();
            return { textLeft: text.left, textRight: text.right, blockLeft: block.left, blockRight: block.right };
          });
      // The title and a step end at the right edge of their lines, and start well away from the left.
      for (const selector of ['main h1', 'main .prose > p']) {
        const { textLeft, textRight, blockLeft, blockRight } = await extent(selector);
        expect(blockRight - textRight, selector).toBeLessThan(2);
        expect(textLeft - blockLeft, selector).toBeGreaterThan(20);
      }
      // The callout's coloured edge is on its right.
      const [right, left] = await page
        .locator('main .callout')
        .first()
        .evaluate((aside) => [parseFloat(getComputedStyle(aside).borderRightWidth), parseFloat(getComputedStyle(aside).borderLeftWidth)]);
      expect(right).toBeGreaterThan(left!);

      // The health score scale: 0 on the left, 100 on the right, over the bar drawn the same way.
      await page.goto(`${site.url}plans/self-serve/`);
      const ends = await page
        .locator('.band-scale-ends span')
        .evaluateAll((spans) => spans.map((span) => [span.textContent, span.getBoundingClientRect().x]));
      expect(ends.map(([text]) => text)).toEqual(['0', '100']);
      expect(ends[0]![1]).toBeLessThan(ends[1]![1] as number);
      // Every label of the milestone timeline is inside its drawing, none cut off at an edge.
      const outside = await page
        .locator('.timeline-drawing')
        .first()
        .evaluate((svg) => {
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .filter((text) => {
              const r = text.getBoundingClientRect();
              return r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1);
            })
            .map((text) => text.textContent);
        });
      expect(outside).toEqual([]);

      const queue = [...builtPages(built.outDir)];
      const problems = await pageProblems(page, site.url, () => queue.shift());
      await context.close();
      expect(problems).toEqual({});
    });
  }
});
