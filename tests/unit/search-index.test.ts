// What goes into the search index: synonyms customers type, facets per page, listing pages left out.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindProcessEnv, withEnvironment } from '../../src/integration/pagefind-env.ts';
import {
  openSearchIndex,
  prepareForIndex,
  searchManifest,
  searchSettings,
  type SearchManifest,
} from '../../src/integration/search-index.ts';
import { facetLookup, facetsFor } from '../../src/search/facets.ts';
import { EXCLUDE } from '../../src/search/indexed-text.ts';
import { milestoneRecords } from '../../src/search/records.ts';
import { compileSynonyms, containsTerm, mentionsTerm, missingSynonyms, synonymGroups } from '../../src/search/synonyms.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

describe('missingSynonyms', () => {
  const groups = compileSynonyms([
    ['sign in', 'log in', 'login'],
    ['SSO', 'single sign-on', 'SAML'],
  ]);

  it('adds the words a page does not use for a thing it talks about', () => {
    expect(missingSynonyms('How to sign in with your company account', groups)).toEqual(['log in', 'login']);
  });

  it('finds a term a page writes with a plain ending, plural or past', () => {
    const billing = compileSynonyms([
      ['invoice', 'receipt'],
      ['export', 'download'],
    ]);
    expect(missingSynonyms('Download invoices', billing)).toEqual(['receipt', 'export']);
    expect(missingSynonyms('Your reports are exported nightly.', billing)).toEqual(['download']);
    expect(missingSynonyms('Invoicing and exporters', billing)).toEqual([]);
    expect(mentionsTerm('the invoices.', 'invoice')).toBe(true);
    expect(mentionsTerm('the invoicing.', 'invoice')).toBe(false);
  });

  it('matches whole words only', () => {
    expect(missingSynonyms('Designing dashboards (no sign-in here: designing)', groups)).toEqual([]);
    expect(missingSynonyms('Use SSO to ...', groups)).toEqual(['single sign-on', 'SAML']);
  });

  it('adds nothing to a page that mentions no group', () => {
    expect(missingSynonyms('Funnels show where users drop off', groups)).toEqual([]);
  });

  it('finds a term next to letters of any script, digits and characters outside the BMP as a whole word does', () => {
    expect(containsTerm('réinitialiser le 2fa', '2fa')).toBe(true);
    expect(containsTerm('x2fa', '2fa')).toBe(false);
    expect(containsTerm('éinvoice', 'invoice')).toBe(false);
    expect(containsTerm('𝒳invoice', 'invoice')).toBe(false); // a letter outside the BMP, two UTF-16 units
    expect(containsTerm('😀invoice😀', 'invoice')).toBe(true); // a symbol is not a letter
    expect(containsTerm('lasso, sso.', 'sso')).toBe(true); // the second occurrence counts
  });

  it('decides as the whole-word pattern (?<![\\p{L}\\p{N}])term(?![\\p{L}\\p{N}]) does, on any text', () => {
    const pieces = ['sign in', 'sign', 'in', ' ', '-', 'é', '𝒳', '😀', '2', 'a', 'sso', '.', 'ß'];
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        fc.constantFrom('sign in', 'sso', 'in', 'a-2', '𝒳'),
        (parts, term) => {
          const text = parts.join('');
          const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u');
          expect(containsTerm(text, term)).toBe(pattern.test(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('synonymGroups', () => {
  it('adds the words customers of any product use for the same thing, so a help center without synonyms still finds "receipts" in "Download invoices"', () => {
    const groups = compileSynonyms(synonymGroups([]));
    expect(missingSynonyms('Download invoices. Every invoice is a PDF.', groups)).toEqual(expect.arrayContaining(['receipt', 'export']));
    expect(missingSynonyms('Update your payment method', groups)).toEqual(expect.arrayContaining(['change', 'edit', 'billing']));
    // Office software's help says "insert" where its readers type "add a watermark" (LibreOffice's).
    expect(missingSynonyms('Choose Format - Watermark to insert a watermark.', groups)).toEqual(expect.arrayContaining(['add']));
  });

  it('lets the site’s own group win where it shares a word with a default one, and turns the defaults off on request', () => {
    const site = [['delete', 'archive']];
    const groups = synonymGroups(site);
    expect(groups[0]).toEqual(['delete', 'archive']);
    expect(groups.some((group) => group.includes('remove'))).toBe(false);
    expect(synonymGroups(site, false)).toEqual(site);
  });
});

describe('facetsFor', () => {
  const { content } = validateRoot(fixtureRoot());
  const lookup = facetLookup(content);

  it('types plan pages and filters them by segment name', () => {
    expect(facetsFor('plans/starter/index.html', lookup)).toEqual({
      type: 'plan',
      filters: { type: ['Plan'], segment: ['Small business'] },
      crumbs: 'Onboarding plans',
    });
  });

  it('gives articles their category and a breadcrumb', () => {
    expect(facetsFor('kb/getting-started/first-steps/welcome/index.html', lookup)).toEqual({
      type: 'article',
      filters: { type: ['Article'], category: ['Getting started'] },
      crumbs: 'Help articles › Getting started › First steps',
    });
  });

  it('leaves listing pages and unknown pages out of the index', () => {
    for (const path of [
      'index.html',
      'plans/index.html',
      'kb/index.html',
      'kb/getting-started/index.html',
      'search/index.html',
      '404.html',
      'plans/nope/index.html',
    ]) {
      expect(facetsFor(path, lookup), path).toBeUndefined();
    }
  });

  it('indexes every milestone as a record of its own that links to its anchor', () => {
    const records = milestoneRecords(content, lookup);
    expect(records.map((record) => record.url)).toEqual([
      '/plans/starter/#milestone-first-event',
      '/plans/starter/#milestone-first-dashboard',
      '/plans/starter/#milestone-weekly-habit',
    ]);
    expect(records[1]!.meta).toEqual({ title: 'First dashboard shared', crumbs: 'Starter onboarding › Day 14', type: 'Milestone' });
  });
});

describe('searchManifest', () => {
  it('gives the date sort key to sessions only, as the browser sorts by it to find sessions without a type filter', () => {
    // The sample portal: its courses have upcoming sessions, and its plans milestones.
    const { content } = validateRoot(fileURLToPath(new URL('../../', import.meta.url)));
    const { records } = searchManifest(content, [], new Date('2026-01-15T00:00:00Z'));
    const sessions = records.filter((record) => record.meta.type === 'Session');
    expect(sessions.length).toBeGreaterThan(1);
    expect(records.length).toBeGreaterThan(sessions.length);
    for (const record of records) expect(record.sort?.date !== undefined, record.url).toBe(record.meta.type === 'Session');
  });

  it('indexes a portal in its own language, by the subtag Pagefind picks a stemmer or word segmentation by', () => {
    const german = searchManifest(validateRoot(fixtureRoot('german-help-center')).content, [], new Date());
    expect(german.language).toBe('de');
    expect(searchSettings(german).language).toBe('de');
    expect(searchSettings({ ...german, language: 'pt-BR' }).language).toBe('pt');
    expect(searchSettings({ ...german, language: 'zh-Hant-TW' }).language).toBe('zh');
    // Without a language anywhere, English.
    expect(searchManifest(validateRoot(fixtureRoot('minimal')).content, [], new Date()).language).toBe('en');
  });
});

describe('prepareForIndex', () => {
  const facets = { type: 'article' as const, filters: { type: ['Article'], category: ['Q&A "tips"'] }, crumbs: 'Help › A' };

  it('puts facets inside the indexed body, escaped', () => {
    const html = '<html><body><header>Nav</header><main data-pagefind-body><h1>Sign in</h1></main></body></html>';
    const out = prepareForIndex(html, facets, ['login']);
    expect(out).toContain('<span data-pagefind-filter="category:Q&amp;A &quot;tips&quot;"></span>');
    expect(out).toContain('<span data-pagefind-meta="crumbs:Help › A"></span>');
  });

  it('adds synonyms as metadata, which is searched but never shown in an excerpt, never as text', () => {
    const html = '<html><body><main data-pagefind-body><h1>Sign in with SSO</h1><p>Use your company account.</p></main></body></html>';
    const out = prepareForIndex(html, facets, ['passphrase'], ['login', 'log in']);
    expect(out).toContain('<span data-pagefind-meta="title_synonyms:login, log in"></span>');
    expect(out).toContain('<span data-pagefind-meta="synonyms:passphrase"></span>');
    expect(out.replace(/<[^>]*>/g, ' ')).not.toMatch(/login|passphrase/);
  });

  it('leaves table cells of symbols only (✓, —) out of the index', () => {
    const html =
      '<main data-pagefind-body><table><tr><td>Change SSO settings</td><td class="yes">✓</td><td><strong>—</strong></td></tr></table></main>';
    const out = prepareForIndex(html, facets, []);
    expect(out).toContain('<td>Change SSO settings</td>');
    expect(out).toContain('<td data-pagefind-ignore class="yes">✓</td>');
    expect(out).toContain('<td data-pagefind-ignore><strong>—</strong></td>');
  });
});

describe('openSearchIndex', () => {
  it('makes the same index, file for file, with pages and records given eight ahead of Pagefind as given one at a time', async () => {
    const pages = Array.from({ length: 40 }, (_, n) => [
      `kb/article-${n}/index.html`,
      `<html lang="en"><body><main><h1>Article ${n}</h1><p>Export ${n % 3 === 0 ? 'invoices' : 'dashboards'} to CSV, step ${n}.</p></main></body></html>`,
    ]);
    const records = Array.from({ length: 20 }, (_, n) => ({
      url: `/plans/starter/#milestone-${n}`,
      content: `Milestone ${n}: ${n % 2 === 0 ? 'first dashboard shared' : 'invoices exported'} by day ${n * 7}.`,
      meta: { title: `Milestone ${n}`, type: 'Milestone' },
      filters: { type: ['Milestone'] },
    }));
    const manifest: SearchManifest = { language: 'en', pages: {}, synonyms: [], records };
    const filesOf = async (folder: string) =>
      Object.fromEntries(
        readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => [
            join(entry.parentPath, entry.name).slice(folder.length),
            readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
          ]),
      );
    const ahead = mkdtempSync(join(tmpdir(), 'milepost-ahead-'));
    const index = await openSearchIndex({ env: pagefindProcessEnv(pages.length), language: 'en' });
    for (const [path, html] of pages) await index.add(path!, html!);
    await index.write(ahead, manifest);
    await index.close();
    const oneByOne = mkdtempSync(join(tmpdir(), 'milepost-one-by-one-'));
    const { index: plain } = await withEnvironment(pagefindProcessEnv(pages.length), () =>
      pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: 'en' }),
    );
    for (const [path, html] of pages) await plain!.addHTMLFile({ sourcePath: path!, content: html! });
    for (const record of records) await plain!.addCustomRecord({ ...record, language: 'en' });
    await plain!.writeFiles({ outputPath: oneByOne });
    await pagefind.close();
    expect(await filesOf(ahead)).toEqual(await filesOf(oneByOne));
  });
});
