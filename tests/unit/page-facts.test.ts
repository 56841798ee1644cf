// What the publish step reads off each page, kept by the page's digest: a rebuild reads again only
// the pages that changed, and checks links and makes `_headers` and the search vocabulary as if
// it had read them all.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageFactsCache, pageDigest, type PageFacts } from '../../src/integration/page-facts.ts';
import { startPublication, type PublishPlan } from '../../src/integration/publish.ts';
import type { SearchManifest } from '../../src/integration/search-index.ts';
import { promoteStagedBuild } from '../../src/integration/staging.ts';
import type { PageFacets } from '../../src/search/facets.ts';

const FACTS: PageFacts = {
  ids: ['saml'],
  links: ['/kb/', '/kb/sso/#saml'],
  policy: "script-src 'self'",
  search: { titleSynonyms: [], synonyms: ['single sign-on'], words: 'saml:2 login:1' },
};

const digestOf = (html: string) => pageDigest(Buffer.from(html));

describe('PageFactsCache', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'milepost-facts-')), 'page-facts.jsonl');

  async function kept(path: string, html: string, facts: PageFacts, at = file(), inputs = 'v1') {
    const cache = new PageFactsCache(at, inputs);
    cache.set(path, digestOf(html), facts);
    await cache.keep();
    return at;
  }

  it('gives the next build the facts of a page whose bytes are the same', async () => {
    const at = await kept('kb/sso/index.html', '<h1>SSO</h1>', FACTS);
    expect(new PageFactsCache(at, 'v1').get('kb/sso/index.html', digestOf('<h1>SSO</h1>'))).toEqual(FACTS);
  });

  it('gives nothing for a page that changed, or that the last build did not have', async () => {
    const at = await kept('kb/sso/index.html', '<h1>SSO</h1>', FACTS);
    const next = new PageFactsCache(at, 'v1');
    expect(next.get('kb/sso/index.html', digestOf('<h1>Single sign-on</h1>'))).toBeUndefined();
    expect(next.get('kb/scim/index.html', digestOf('<h1>SSO</h1>'))).toBeUndefined();
  });

  it('gives nothing when the code or synonyms that read the facts changed', async () => {
    const at = await kept('kb/sso/index.html', '<h1>SSO</h1>', FACTS);
    expect(new PageFactsCache(at, 'v2').get('kb/sso/index.html', digestOf('<h1>SSO</h1>'))).toBeUndefined();
  });

  it('keeps the last build’s facts when a build is not published, and ignores a file cut short', async () => {
    const at = await kept('kb/sso/index.html', '<h1>SSO</h1>', FACTS);
    const failed = new PageFactsCache(at, 'v1');
    failed.set('kb/sso/index.html', digestOf('<h1>Changed</h1>'), { ids: [], links: [] });
    await failed.discard();
    expect(new PageFactsCache(at, 'v1').get('kb/sso/index.html', digestOf('<h1>SSO</h1>'))).toEqual(FACTS);
    // A build stopped while writing, as a file without its closing list of strings.
    writeFileSync(at, readFileSync(at, 'utf8').split('\n').slice(0, -1).join('\n'));
    expect(new PageFactsCache(at, 'v1').get('kb/sso/index.html', digestOf('<h1>SSO</h1>'))).toBeUndefined();
  });

  it('keeps a page whose path has quotes or tabs', async () => {
    const path = 'kb/"odd"\tname/index.html';
    const at = await kept(path, '<h1>SSO</h1>', FACTS);
    expect(new PageFactsCache(at, 'v1').get(path, digestOf('<h1>SSO</h1>'))).toEqual(FACTS);
  });
});

describe('publishing with what was read off the last build’s pages', () => {
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${title.length}'"><title>${title}</title></head><body><main><h1 id="top">${title}</h1>${body}</main></body></html>`;
  const SITE: Record<string, string> = {
    'kb/index.html': page('Help', '<p>Start with <a href="/kb/sso/#saml">single sign-on</a> or <a href="/kb/seats/">seats</a>.</p>'),
    'kb/sso/index.html': page('Set up SSO', '<h2 id="saml">SAML</h2><p>Admins connect Okta with SAML.</p>'),
    'kb/seats/index.html': page('Add seats', '<p>Owners buy seats on the billing page.</p>'),
  };
  const facets: PageFacets = { type: 'article', filters: { type: ['Article'] }, crumbs: 'Help' };
  const manifest = (site: Record<string, string>): SearchManifest => ({
    language: 'en',
    pages: Object.fromEntries(Object.keys(site).map((path) => [path, facets])),
    synonyms: [['sso', 'single sign-on']],
    records: [],
  });

  async function publish(site: Record<string, string>, cache: string) {
    const staged = mkdtempSync(join(tmpdir(), 'milepost-staged-'));
    for (const [path, html] of Object.entries(site)) {
      mkdirSync(dirname(join(staged, path)), { recursive: true });
      writeFileSync(join(staged, path), html);
    }
    const outDir = join(mkdtempSync(join(tmpdir(), 'milepost-out-')), 'dist');
    const plan: PublishPlan = {
      staged,
      outDir,
      base: '/',
      pages: Object.keys(site),
      search: manifest(site),
      searchCache: join(cache, 'search'),
      pageFacts: join(cache, 'page-facts.jsonl'),
      unlisted: [],
    };
    const published = await (await startPublication(plan)).finish();
    promoteStagedBuild(staged, outDir);
    return { published, outDir };
  }

  const files = (site: string, folder: string) =>
    Object.fromEntries(readdirSync(join(site, folder)).map((name) => [name, readFileSync(join(site, folder, name), 'utf8')]));

  it('makes the same _headers and search vocabulary as a build that read every page', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'milepost-cache-'));
    await publish(SITE, cache);
    const edited = { ...SITE, 'kb/seats/index.html': page('Add seats', '<p>Owners buy seats in the admin console.</p>') };
    const rebuilt = await publish(edited, cache);
    const fresh = await publish(edited, mkdtempSync(join(tmpdir(), 'milepost-cache-')));
    expect(readFileSync(join(rebuilt.outDir, '_headers'), 'utf8')).toBe(readFileSync(join(fresh.outDir, '_headers'), 'utf8'));
    expect(files(rebuilt.outDir, 'pagefind/vocabulary')).toEqual(files(fresh.outDir, 'pagefind/vocabulary'));
    expect(files(rebuilt.outDir, 'pagefind/vocabulary')['7.json']).toContain('console');
    expect(files(rebuilt.outDir, 'pagefind/vocabulary')['7.json']).not.toContain('billing');
  });

  it('still checks the links of a page that did not change: a link to a page removed since fails the build', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'milepost-cache-'));
    await publish(SITE, cache);
    const { ['kb/seats/index.html']: _removed, ...fewer } = SITE;
    await expect(publish(fewer, cache)).rejects.toThrow(/kb\/index\.html: \/kb\/seats\//);
  });

  it('still checks a page’s anchors when only the page they lead to changed', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'milepost-cache-'));
    await publish(SITE, cache);
    const renamed = { ...SITE, 'kb/sso/index.html': page('Set up SSO', '<h2 id="okta">Okta</h2><p>Admins connect Okta.</p>') };
    const { published } = await publish(renamed, cache);
    expect(published.missingAnchors).toContain('kb/index.html: /kb/sso/#saml');
  });
});
