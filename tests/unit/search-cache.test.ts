// The last build's search index, kept in the build cache: reused when no indexed page changed,
// made afresh by Pagefind when one did, and never reused across a change of what indexes it;
// and the warm start from it, which gives Pagefind the kept pages before the new ones are read.
import { gunzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPublication, type PublishPlan } from '../../src/integration/publish.ts';
import { promoteStagedBuild } from '../../src/integration/staging.ts';
import type { SearchManifest } from '../../src/integration/search-index.ts';
import { WarmIndex } from '../../src/integration/warm-index.ts';

const article = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;

const PAGES: Record<string, string> = {
  'kb/invoices/index.html': article('Pay an invoice', 'Invoices are paid by card or bank transfer.'),
  'kb/seats/index.html': article('Add seats', 'Admins add seats from the billing page.'),
  'customers/4d2c9e7f/index.html': article('Acme Corp', 'Kickoff on 5 January.'),
};

const MANIFEST: SearchManifest = {
  language: 'en',
  pages: {
    'kb/invoices/index.html': { type: 'article', filters: { type: ['Article'] }, crumbs: 'Billing' },
    'kb/seats/index.html': { type: 'article', filters: { type: ['Article'] }, crumbs: 'Billing' },
  },
  synonyms: [],
  records: [],
};

/** The files of the index at `site` in `folder` (fragments are named by their page's content). */
const indexFiles = (site: string, folder: string) => readdirSync(join(site, 'pagefind', folder)).sort();

/** The text of every page in the index at `site` (its Pagefind fragments). */
function indexedText(site: string): string {
  const folder = join(site, 'pagefind/fragment');
  return readdirSync(folder)
    .map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'))
    .join('\n');
}

describe('publishing with the last build’s search index kept', () => {
  const cache = join(mkdtempSync(join(tmpdir(), 'milepost-search-cache-')), 'search');

  /**
   * Stages `pages` as a built site and publishes it, with the cache above (or `searchCache`);
   * `warm` starts Pagefind from the kept index first, as `npm run build` does while Astro builds.
   */
  async function publish(
    pages: Record<string, string>,
    manifest: SearchManifest = MANIFEST,
    {
      warm = false,
      searchCache = cache,
      sources = undefined as string | undefined,
      renderedPages = undefined as string[] | undefined,
    } = {},
  ) {
    const staged = mkdtempSync(join(tmpdir(), 'milepost-staged-'));
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(dirname(join(staged, path)), { recursive: true });
      writeFileSync(join(staged, path), html);
    }
    const outDir = join(mkdtempSync(join(tmpdir(), 'milepost-out-')), 'dist');
    const plan: PublishPlan = {
      staged,
      outDir,
      base: '/',
      pages: Object.keys(pages),
      renderedPages,
      search: manifest,
      searchCache,
      // What was read off each page is kept beside the index, as a build keeps it.
      pageFacts: join(dirname(searchCache), 'page-facts.jsonl'),
      unlisted: [],
    };
    const warmIndex = warm ? WarmIndex.start(searchCache, sources) : undefined;
    await warmIndex?.given; // Astro is still building in the meantime
    const published = await (await startPublication(plan, warmIndex, sources)).finish();
    promoteStagedBuild(staged, outDir);
    return { published, outDir };
  }

  it('indexes the pages when no index is kept yet, and keeps the index for the next build', async () => {
    const { published, outDir } = await publish(PAGES);
    expect(published).toEqual({ indexed: 2, kept: false, ahead: 0 });
    expect(indexedText(outDir)).toContain('paid by card or bank transfer');
  });

  it('reuses the kept index when only a page that is not indexed changed', async () => {
    const { published, outDir } = await publish({
      ...PAGES,
      'customers/4d2c9e7f/index.html': article('Acme Corp', 'Kickoff on 12 January.'),
    });
    expect(published).toEqual({ indexed: 2, kept: true, ahead: 0 });
    expect(indexedText(outDir)).toContain('paid by card or bank transfer');
  });

  it('indexes afresh when an indexed page changed, so a search finds the new text', async () => {
    const edited = { ...PAGES, 'kb/seats/index.html': article('Add seats', 'Owners buy seats in the admin console.') };
    const { published, outDir } = await publish(edited);
    expect(published).toEqual({ indexed: 2, kept: false, ahead: 0 });
    expect(indexedText(outDir)).toContain('buy seats in the admin console');
    expect(indexedText(outDir)).not.toContain('from the billing page');
    // And that index is the one kept now.
    expect((await publish(edited)).published.kept).toBe(true);
  });

  it('indexes afresh when the facets or records the index is made from changed', async () => {
    const { published } = await publish(PAGES);
    expect(published.kept).toBe(false);
    const recategorised: SearchManifest = {
      ...MANIFEST,
      pages: { ...MANIFEST.pages, 'kb/seats/index.html': { type: 'article', filters: { type: ['Article'] }, crumbs: 'Administration' } },
    };
    expect((await publish(PAGES, recategorised)).published.kept).toBe(false);
  });

  it('indexes afresh when a page was added or removed', async () => {
    await publish(PAGES);
    const { ['kb/seats/index.html']: _removed, ...fewer } = PAGES;
    const { published, outDir } = await publish(fewer, {
      ...MANIFEST,
      pages: { 'kb/invoices/index.html': MANIFEST.pages['kb/invoices/index.html']! },
    });
    expect(published).toEqual({ indexed: 1, kept: false, ahead: 0 });
    expect(indexedText(outDir)).not.toContain('Add seats');
  });

  describe('started warm, from the kept index', () => {
    const edited = { ...PAGES, 'kb/seats/index.html': article('Add seats', 'Owners buy seats in the admin console.') };

    it('gives Pagefind again only the page that changed, and finds its new text', async () => {
      await publish(PAGES);
      const { published, outDir } = await publish(edited, MANIFEST, { warm: true });
      expect(published).toEqual({ indexed: 2, kept: false, ahead: 1 });
      expect(indexedText(outDir)).toContain('buy seats in the admin console');
      expect(indexedText(outDir)).not.toContain('from the billing page');
    });

    it('makes the index a fresh start makes: the same pages, excerpts and words', async () => {
      await publish(PAGES);
      const warm = await publish(edited, MANIFEST, { warm: true });
      const fresh = await publish(edited, MANIFEST, { searchCache: join(mkdtempSync(join(tmpdir(), 'milepost-search-fresh-')), 'search') });
      expect(fresh.published.ahead).toBe(0);
      expect(indexFiles(warm.outDir, 'fragment')).toEqual(indexFiles(fresh.outDir, 'fragment'));
      for (const file of indexFiles(fresh.outDir, 'vocabulary'))
        expect(readFileSync(join(warm.outDir, 'pagefind/vocabulary', file), 'utf8')).toBe(
          readFileSync(join(fresh.outDir, 'pagefind/vocabulary', file), 'utf8'),
        );
    });

    it('links the files a rebuilt index shares with the kept one instead of writing them again', async () => {
      await publish(PAGES);
      const inode = (file: string) => statSync(file).ino;
      const keptFolder = join(cache, 'pagefind/fragment');
      const keptInodes = new Set(readdirSync(keptFolder).map((name) => inode(join(keptFolder, name))));
      const { outDir } = await publish(edited, MANIFEST, { warm: true });
      const fragments = indexFiles(outDir, 'fragment').map((name) => inode(join(outDir, 'pagefind/fragment', name)));
      // The unchanged page's fragment is the kept file itself; the edited page's is new.
      expect(fragments.filter((file) => keptInodes.has(file))).toHaveLength(1);
      expect(fragments).toHaveLength(2);
    });

    it('writes the index ahead from the pages Astro rendered, the same index a fresh start makes', async () => {
      await publish(PAGES);
      const ahead = await publish(edited, MANIFEST, { warm: true, renderedPages: ['kb/seats/index.html'] });
      expect(ahead.published).toEqual({ indexed: 2, kept: false, ahead: 1 });
      expect(indexedText(ahead.outDir)).toContain('buy seats in the admin console');
      expect(indexedText(ahead.outDir)).not.toContain('from the billing page');
      const fresh = await publish(edited, MANIFEST, { searchCache: join(mkdtempSync(join(tmpdir(), 'milepost-search-fresh-')), 'search') });
      for (const folder of ['fragment', 'vocabulary']) {
        expect(indexFiles(ahead.outDir, folder)).toEqual(indexFiles(fresh.outDir, folder));
        for (const file of indexFiles(fresh.outDir, folder))
          expect(readFileSync(join(ahead.outDir, 'pagefind', folder, file))).toEqual(
            readFileSync(join(fresh.outDir, 'pagefind', folder, file)),
          );
      }
    });

    it('drops the index written ahead when a page Astro said it copied differs after all', async () => {
      await publish(PAGES);
      // The edited page is not among those rendered: the index written ahead would still hold its old text.
      const { published, outDir } = await publish(edited, MANIFEST, { warm: true, renderedPages: ['kb/invoices/index.html'] });
      expect(published.indexed).toBe(2);
      expect(indexedText(outDir)).toContain('buy seats in the admin console');
      expect(indexedText(outDir)).not.toContain('from the billing page');
      // The next build starts from this index as from any other.
      const again = await publish(PAGES, MANIFEST, { warm: true, renderedPages: ['kb/seats/index.html'] });
      expect(indexedText(again.outDir)).toContain('from the billing page');
    });

    it('gives a page again when only its facets changed', async () => {
      await publish(PAGES);
      const recategorised: SearchManifest = {
        ...MANIFEST,
        pages: { ...MANIFEST.pages, 'kb/seats/index.html': { type: 'article', filters: { type: ['Article'] }, crumbs: 'Administration' } },
      };
      const { published, outDir } = await publish(PAGES, recategorised, { warm: true });
      expect(published).toEqual({ indexed: 2, kept: false, ahead: 1 });
      expect(indexedText(outDir)).toContain('Administration');
    });

    it('starts afresh when a kept page is gone from the build, which Pagefind cannot forget', async () => {
      await publish(PAGES);
      const { ['kb/seats/index.html']: _removed, ...fewer } = PAGES;
      const { published, outDir } = await publish(
        fewer,
        { ...MANIFEST, pages: { 'kb/invoices/index.html': MANIFEST.pages['kb/invoices/index.html']! } },
        { warm: true },
      );
      expect(published).toEqual({ indexed: 1, kept: false, ahead: 0 });
      expect(indexedText(outDir)).not.toContain('Add seats');
      expect(indexedText(outDir)).toContain('paid by card or bank transfer');
    });

    it('still reuses the kept index whole when no indexed page changed', async () => {
      await publish(PAGES);
      const { published, outDir } = await publish(PAGES, MANIFEST, { warm: true });
      expect(published).toEqual({ indexed: 2, kept: true, ahead: 0 });
      expect(indexedText(outDir)).toContain('from the billing page');
    });

    it('does not start Pagefind ahead when the content the kept index was made from is the same', async () => {
      await publish(PAGES, MANIFEST, { sources: 'content-a' });
      expect(WarmIndex.start(cache, 'content-a')).toBeUndefined();
      // Content changed: the kept pages are given to Pagefind ahead.
      const warm = WarmIndex.start(cache, 'content-b');
      expect(warm).toBeDefined();
      await warm!.given;
      expect(warm!.held.size).toBe(2);
      await (await warm!.stop()).close();
    });

    /** The Pagefind processes this test process started (Linux's /proc). */
    const pagefindProcesses = () =>
      readdirSync('/proc/self/task')
        .flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean))
        .filter((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind'))
        .map(Number);

    it.skipIf(process.platform !== 'linux')(
      'runs Pagefind started ahead below Astro’s priority, so it does not slow Astro down',
      async () => {
        await publish(PAGES, MANIFEST, { sources: 'content-a' });
        expect(pagefindProcesses()).toEqual([]);
        const warm = WarmIndex.start(cache, 'content-b')!;
        await warm.given;
        const [pagefind] = pagefindProcesses();
        expect(pagefind).toBeDefined();
        expect(getPriority(pagefind)).toBeGreaterThanOrEqual(10);
        await (await warm.stop()).close();
      },
    );
  });
});
