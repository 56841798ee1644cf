// Build caches that cannot lie: a cache folder shared by builds of different content roots never
// gives one root's pages or images to another, and a build that fails leaves no staging folder.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { isStillBuilding } from '../../src/integration/staging.ts';

const STAGING = fileURLToPath(new URL('../../.milepost-build/', import.meta.url));
const SECTION = 'content/kb/Getting started/First steps';

const stagingFolders = () => new Set(existsSync(STAGING) ? readdirSync(STAGING) : []);

/**
 * Runs `build` and returns the staging folders it left: those that were not there before, of
 * builds that are over. Builds of other test files share the folder, and one that Astro has
 * finished may still be published by its parent process.
 */
function stagingLeftBy<T>(build: () => T): [T, string[]] {
  const before = stagingFolders();
  const result = build();
  const left = (name: string) => !isStillBuilding(join(STAGING, name)) && existsSync(join(STAGING, name)); // in this order: a build may be published meanwhile
  return [result, [...stagingFolders()].filter((name) => !before.has(name) && /^dist-\d+$/.test(name) && left(name))];
}

describe('one cache folder, two content roots', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'milepost-dist-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'milepost-shared-cache-'));
  let second: BuildResult;
  const page = (path: string) => readText(outDir, `kb/${path}/index.html`);

  beforeAll(() => {
    // Root A: three articles, one with an image. Root B: the same image article, an article of its
    // own, and a different text in the article both have; A's third article is not in B.
    const a = fixtureRoot('section-of-three');
    const b = fixtureRoot('section-of-three');
    rmSync(join(b, SECTION, 'invite-team.md'));
    writeFileSync(join(b, SECTION, 'welcome.md'), readText(b, `${SECTION}/welcome.md`).replace('Start with the', 'Root B starts with the'));
    mkdirSync(join(b, 'content/kb/Billing/Invoices'), { recursive: true });
    writeFileSync(
      join(b, 'content/kb/Billing/Invoices/pay-an-invoice.md'),
      '---\ntitle: Pay an invoice\n---\n\nInvoices are paid by card or bank transfer.\n',
    );
    const first = buildSite(a, { env: { MILEPOST_CACHE_DIR: cacheDir } });
    expect(first.code, first.output).toBe(0);
    rmSync(a, { recursive: true });
    second = buildSite(b, { outDir, env: { MILEPOST_CACHE_DIR: cacheDir } });
  });

  it('builds root B after root A was deleted', () => {
    expect(second.code, second.output).toBe(0);
  });

  it('publishes the articles of B only, with B’s text', () => {
    const articles = listFiles(outDir).filter((file) => /^kb\/.+\/.+\/.+\/index\.html$/.test(file));
    expect(articles).toEqual([
      'kb/billing/invoices/pay-an-invoice/index.html',
      'kb/getting-started/first-steps/connect-data/index.html',
      'kb/getting-started/first-steps/welcome/index.html',
    ]);
    expect(page('getting-started/first-steps/welcome')).toContain('Root B starts with the');
    expect(page('billing/invoices/pay-an-invoice')).toContain('Invoices are paid by card or bank transfer.');
    expect(second.output).not.toMatch(/\((restored|cached)\)/);
  });

  it('shows B’s copy of the image both roots have', () => {
    const image = /<img[^>]+src="\/(_astro\/[^"]+)"/.exec(page('getting-started/first-steps/connect-data'))?.[1];
    expect(image).toBeDefined();
    expect(listFiles(outDir)).toContain(image);
  });

  it('keeps Vite’s prepared dependencies of each root in the cache folder, which CI saves', () => {
    const scopes = readdirSync(cacheDir).filter((name) => name.startsWith('milepost-'));
    expect(scopes).toHaveLength(2);
    for (const scope of scopes) expect(existsSync(join(cacheDir, scope, 'vite/deps/_metadata.json'))).toBe(true);
  });
});

describe('a build that fails while Astro renders', () => {
  it('leaves dist/ as it was and no staging folder, under npm run build', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'milepost-dist-'));
    writeFileSync(join(outDir, 'index.html'), 'the previous portal');
    const [failed, left] = stagingLeftBy(() => buildSite(fixtureRoot('mdx-render-error'), { outDir }));
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('StatusWidget');
    expect(listFiles(outDir)).toEqual(['index.html']);
    expect(readText(outDir, 'index.html')).toBe('the previous portal');
    expect(left).toEqual([]);
  });

  it('forgets where the last build resolved its imports, so that the next one resolves them afresh', () => {
    const env = { MILEPOST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'milepost-resolutions-cache-')) };
    const remembered = join(env.MILEPOST_CACHE_DIR, 'node-resolutions', 'astro.json');
    expect(buildSite(fixtureRoot(), { env }).code).toBe(0);
    expect(existsSync(remembered)).toBe(true);
    expect(buildSite(fixtureRoot('mdx-render-error'), { env }).code).not.toBe(0);
    expect(existsSync(remembered)).toBe(false);
  });

  it('leaves no staging folder under a plain astro build', () => {
    const [failed, left] = stagingLeftBy(() => buildSite(fixtureRoot('mdx-render-error'), { via: 'astro' }));
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('StatusWidget');
    expect(left).toEqual([]);
  });

  it('leaves no staging folder when the Astro process is killed, as when memory runs out', () => {
    const [failed, left] = stagingLeftBy(() => buildSite(fixtureRoot('astro-killed')));
    expect(failed.code).not.toBe(0);
    expect(left).toEqual([]);
  });
});

describe('a warm rebuild after a navigation file changed', () => {
  it('lists the pages in the new order, though no page changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'milepost-nav-'));
    cpSync(join(FIXTURES, 'nextra-export'), root, { recursive: true });
    const env = { MILEPOST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'milepost-nav-cache-')) };
    const outDir = mkdtempSync(join(tmpdir(), 'milepost-nav-dist-'));
    const listed = () => [...readText(outDir, 'kb/api/index.html').matchAll(/<a href="\/kb\/api\/([\w-]+)\/"/g)].map((match) => match[1]);
    expect(buildSite(root, { env, outDir }).code).toBe(0);
    expect(listed()).toEqual(['rate-limits', 'export-events']);
    // The content store kept each article's data from the last build, its file being unchanged.
    writeFileSync(
      join(root, 'content/kb/api/_meta.js'),
      "export default {\n  'export-events': 'Export events',\n  'rate-limits': 'Rate limits and quotas',\n};\n",
    );
    const rebuilt = buildSite(root, { env, outDir });
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(listed()).toEqual(['export-events', 'rate-limits']);
  });
});
