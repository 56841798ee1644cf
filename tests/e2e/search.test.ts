// Search in a real browser: the dialog by shortcut and keyboard, type filters, the /search/ page
// with facets and URL state, the quality of results for real customer questions, and what the
// first search costs in bytes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { browserAvailable } from './browser.ts';
import { SEARCH_CASES } from './search-cases.ts';
import { openSite, type Session } from './site.ts';

describe.runIf(browserAvailable())('search', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSite();
  });
  afterAll(async () => {
    await s?.close();
  });

  const dialog = () => s.page.locator('[data-search-dialog]');
  const input = () => s.page.locator('[data-search-input]');
  const status = () => s.page.locator('[data-search-status]');

  async function searchFor(query: string) {
    await input().fill(query);
    await s.page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), query, {
      timeout: 10_000,
    });
  }

  it('loads no search code before the dialog opens, then about 100 KB at most for the first query', async () => {
    await s.page.goto(s.url('/kb/'));
    const before = [...s.transfers.keys()];
    expect(before.some((path) => path.includes('pagefind'))).toBe(false);
    const pageJs = [...s.transfers].filter(([path]) => path.endsWith('.js')).reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`[budget] JS on a page before search opens: ${pageJs} bytes gzipped`);
    expect(pageJs).toBeLessThan(5 * 1024);

    const loaded = new Set(s.transfers.keys());
    await s.page.keyboard.press('/');
    await expect(dialog().evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(true);
    await searchFor('reset password');
    const first = [...s.transfers].filter(([path]) => !loaded.has(path)).reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`[budget] first query (engine, index, results): ${first} bytes transferred`);
    expect(first).toBeLessThan(100 * 1024);

    const afterFirst = new Set(s.transfers.keys());
    await searchFor('warehouse sync');
    const second = [...s.transfers].filter(([path]) => !afterFirst.has(path)).reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`[budget] second query: ${second} bytes transferred`);
  });

  it('opens with Ctrl+K, shows typed results with a count, moves with arrow keys and opens with Enter', async () => {
    await s.page.goto(s.url('/'));
    await s.page.keyboard.press('Control+k');
    await expect(input().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await searchFor('single sign-on');
    await expect(status().textContent()).resolves.toMatch(/^\d+ results? for “single sign-on”$/);
    const first = s.page.locator('[role="option"]').first();
    await expect(first.locator('.search-result-type').textContent()).resolves.toBeTruthy();
    await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await s.page.keyboard.press('ArrowDown');
    const second = s.page.locator('[role="option"]').nth(1);
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(input().getAttribute('aria-activedescendant')).resolves.toBe(await second.getAttribute('id'));
    const target = await second.locator('a.search-result-link').getAttribute('href');
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.pathname + url.hash === target);
    await s.page.goBack();
    expect(s.page.url()).toBe(s.url('/'));
  });

  it('closes with Escape and gives focus back to the search button', async () => {
    await s.page.goto(s.url('/faq/'));
    const launcher = s.page.locator('[data-search-launcher]');
    await launcher.focus();
    await s.page.keyboard.press('Enter');
    await expect(dialog().evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(true);
    await s.page.keyboard.press('Escape');
    await expect(dialog().evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
    await expect(launcher.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('closes with one Escape even after a query was typed', async () => {
    await s.page.goto(s.url('/faq/'));
    await s.page.keyboard.press('Control+k');
    await searchFor('invoice');
    await s.page.keyboard.press('Escape');
    await expect(dialog().evaluate((d: HTMLDialogElement) => d.open)).resolves.toBe(false);
  });

  it('filters results by type', async () => {
    await s.page.goto(s.url('/'));
    await s.page.keyboard.press('Control+k');
    await searchFor('dashboard');
    await s.page.locator('[data-search-type="Video"]').click();
    await s.page.waitForFunction(() => [...document.querySelectorAll('.search-result-type')].every((el) => el.textContent === 'Video'));
    const types = await s.page.locator('.search-result-type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Video']));
  });

  it('keeps the query and facets in the URL of /search/, browses facets without a query, and the back button works', async () => {
    await s.page.goto(s.url('/search/?q=alert'));
    await s.page.waitForFunction(() => document.querySelector('[data-search-page-status]')?.textContent?.includes('results for “alert”'));
    const articleBox = s.page.locator('input[name="type"][value="Article"]');
    await articleBox.check();
    await s.page.waitForURL(/type=Article/);
    await s.page.waitForFunction(() =>
      [...document.querySelectorAll('[data-search-page-results] .search-result-type')].every((el) => el.textContent === 'Article'),
    );
    await s.page.goBack();
    await s.page.waitForFunction(() => !location.search.includes('type='));
    await expect(articleBox.isChecked()).resolves.toBe(false);

    await s.page.goto(s.url('/search/?type=Session'));
    await s.page.waitForFunction(() => /^\d+ results?$/.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''));
    const count = Number((await s.page.locator('[data-search-page-status]').textContent())!.split(' ')[0]);
    expect(count).toBeGreaterThan(10);
    const facetCount = await s.page
      .locator('input[name="type"][value="Session"] + .facet-count, label:has(input[value="Session"]) .facet-count')
      .first()
      .textContent();
    expect(Number(facetCount)).toBe(count);
  });

  it('shows excerpts from the page’s own text: no chrome, labels, symbols or synonyms it does not use', async () => {
    const synonyms = (
      parse(readFileSync(join(inject('dist'), '../content/site.yaml'), 'utf8')) as { search: { synonyms: string[][] } }
    ).search.synonyms.flat();
    const chrome = ['Last updated', 'Edit this page', 'Register', 'Add to calendar', 'Play “', 'Link to the section', '✓', '#'];
    const problems: string[] = [];
    for (const query of ['login', 'sso', 'invoice', 'webinar', 'chart', 'add user', 'password', 'alert']) {
      await s.page.goto(s.url(`/search/?q=${encodeURIComponent(query)}`));
      await s.page.waitForFunction(() => /result/.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''));
      const results = await s.page
        .locator('[data-search-page-results] > li')
        .evaluateAll((items) =>
          items
            .slice(0, 8)
            .map((item) => ({ url: item.querySelector('a')!.href, excerpt: item.querySelector('.search-result-excerpt')!.textContent! })),
        );
      expect(results.length, query).toBeGreaterThan(0);
      for (const { url, excerpt } of results) {
        for (const bit of chrome) if (excerpt.includes(bit)) problems.push(`${query}: ${url} shows “${bit}”: ${excerpt}`);
        const html = readFileSync(join(inject('dist'), new URL(url).pathname, 'index.html'), 'utf8');
        const pageText = html
          .slice(html.indexOf('<main'), html.lastIndexOf('</main>'))
          .replace(/<[^>]+>/g, ' ')
          .toLowerCase();
        for (const term of synonyms) {
          const word = new RegExp(`(^|[^\\p{L}])${term.toLowerCase()}([^\\p{L}]|$)`, 'u');
          if (word.test(excerpt.toLowerCase()) && !word.test(pageText))
            problems.push(`${query}: ${url} shows the synonym “${term}”, which the page does not use`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts results first on a phone, with the filters folded into one line above them', async () => {
    const phone = await s.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await phone.newPage();
    await page.goto(s.url('/search/?q=dashboard'));
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''));
    const firstResult = page.locator('[data-search-page-results] > li').first();
    const articleFilter = page.locator('input[name="type"][value="Article"]');
    await expect(firstResult.isVisible()).resolves.toBe(true);
    expect((await firstResult.boundingBox())!.y).toBeLessThan(800);
    await expect(articleFilter.isVisible()).resolves.toBe(false);
    await page.locator('[data-facets-panel] summary').click();
    await expect(articleFilter.isVisible()).resolves.toBe(true);
    await articleFilter.check();
    await page.waitForURL(/type=Article/);
    await expect(page.locator('[data-facets-active]').textContent()).resolves.toBe('(1 on)');
    await phone.close();
  });

  it('ranks upcoming sessions by date among the results', async () => {
    await s.page.goto(s.url('/search/?q=webinar'));
    await s.page.waitForFunction(() => /result/.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''));
    while (await s.page.locator('[data-search-more]').isVisible()) await s.page.locator('[data-search-more]').click();
    const days = await s.page
      .locator('[data-search-page-results] > li > a')
      .evaluateAll((links) =>
        links
          .map((link) => /#session-(\d{8})-/.exec((link as HTMLAnchorElement).href)?.[1])
          .filter((day): day is string => day !== undefined),
      );
    expect(days.length).toBeGreaterThan(2);
    expect(days).toEqual([...days].sort());
  });

  describe('finds the right page for real customer questions', () => {
    for (const { query, expect: expected } of SEARCH_CASES) {
      it(`“${query}” → ${expected}`, async () => {
        if (
          !(await dialog()
            .evaluate((d: HTMLDialogElement) => d.open)
            .catch(() => false))
        ) {
          await s.page.goto(s.url('/'));
          await s.page.keyboard.press('Control+k');
        }
        await searchFor(query);
        const top3 = await s.page
          .locator('[role="option"]')
          .evaluateAll((options) =>
            options
              .slice(0, 3)
              .map((option) => [...option.querySelectorAll('a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash)),
          );
        const [path, anchor] = expected.split('#');
        // A result inside the expected page (a session of the course, a level of the program) counts.
        const found = top3.some((links) => (anchor ? links.includes(expected) : links[0]!.split('#')[0] === path));
        expect(found, `top 3: ${JSON.stringify(top3)}`).toBe(true);
      });
    }
  });

  it('logs no errors in the browser', () => {
    expect(s.errors).toEqual([]);
  });
});

describe.runIf(browserAvailable())('search after a rebuild started from the last index', () => {
  it('finds an edited article by its new words, and no longer by the word it lost', async () => {
    const root = fixtureRoot('section-of-three');
    const article = join(root, 'content/kb/Getting started/First steps/welcome.md');
    const edit = (from: string, to: string) => writeFileSync(article, readFileSync(article, 'utf8').replace(from, to));
    const env = { MILEPOST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'milepost-warm-search-')) };
    const outDir = mkdtempSync(join(tmpdir(), 'milepost-warm-search-dist-'));
    edit('Start with the', 'Start with the heliotrope checklist and the');
    expect(buildSite(root, { env, outDir }).code).toBe(0);
    edit('heliotrope checklist', 'kaleidoscope checklist');
    const rebuilt = buildSite(root, { env, outDir });
    expect(rebuilt.code, rebuilt.output).toBe(0);
    // Pagefind was given the unchanged pages from the last index while Astro built, the edited one after.
    expect(rebuilt.output).toMatch(/\(\d+ of them while Astro built\)/);

    const s = await openSite({ dist: outDir });
    try {
      const searchFor = async (query: string) => {
        await s.page.locator('[data-search-input]').fill(query);
        await s.page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), query, {
          timeout: 10_000,
        });
        return s.page.locator('[data-search-status]').textContent();
      };
      await s.page.goto(s.url('/kb/'));
      await s.page.keyboard.press('Control+k');
      await expect(searchFor('kaleidoscope')).resolves.toMatch(/^1 result for/);
      await expect(s.page.locator('[role="option"]').first().textContent()).resolves.toContain('Welcome to Brightline');
      await expect(searchFor('heliotrope')).resolves.toBe('No results for “heliotrope”');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

/** Real customer questions asked of an imported help center, each with the article that answers it. */
const IMPORTED: { fixture: string; about: string; cases: [question: string, article: string][] }[] = [
  {
    // The Zendesk-style export sets no search.synonyms: the words customers of any product use for
    // the same thing (src/search/default-synonyms.json) and the little words of a question dropped
    // are what find these.
    fixture: 'zendesk-export',
    about: 'an imported help center with no synonyms of its own',
    cases: [
      ['How can I export my invoices?', '/kb/account-management/billing/download-invoices/'],
      ['Where can I get my receipts?', '/kb/account-management/billing/download-invoices/'],
      ['How do I change my credit card?', '/kb/account-management/billing/update-your-payment-method/'],
      ['How do I modify my billing info', '/kb/account-management/billing/update-your-payment-method/'],
      ['I forgot my password', '/kb/account-management/users-and-permissions/reset-your-password/'],
      ['How do I add a colleague?', '/kb/getting-started/setting-up-your-workspace/invite-your-team/'],
      // "have" and "that" are no part of what is asked: kept, they matched a page that happens to use them.
      ['What permissions does a viewer have?', '/kb/account-management/users-and-permissions/roles-and-permissions/'],
      ['The invite email that I sent never arrived', '/kb/getting-started/setting-up-your-workspace/invite-your-team/'],
    ],
  },
  {
    // A German help center (its articles say `locale: de`): the portal's language is German, so
    // Pagefind stems German words, and the little words of a German question are dropped.
    fixture: 'german-help-center',
    about: 'an imported German help center',
    cases: [
      ['Wo finde ich meine Rechnungen?', '/kb/konto-und-abrechnung/abrechnung/eine-rechnung-herunterladen/'],
      ['Wie kann ich meine Kreditkarte wechseln?', '/kb/konto-und-abrechnung/abrechnung/zahlungsmethode-andern/'],
      ['Ereignisse kommen nicht an', '/kb/erste-schritte/einrichtung/tracking-code-einbauen/'],
      // The article says "entfernt" and "Überweisung": found through German stemming (indexed in
      // English, as before, neither word found anything).
      ['entfernen', '/kb/konto-und-abrechnung/abrechnung/zahlungsmethode-andern/'],
      ['Überweisen', '/kb/konto-und-abrechnung/abrechnung/zahlungsmethode-andern/'],
    ],
  },
  {
    // A Japanese help center (locale: ja): Pagefind segments its text into words, and a question,
    // written without spaces, is split the same way before its little words are dropped.
    // Indexed as English, none of these found their article.
    fixture: 'japanese-help-center',
    about: 'an imported Japanese help center',
    cases: [
      ['請求書をダウンロードするには？', '/kb/アカウントと請求/お支払い/download-invoice/'],
      ['クレジットカードを変更するにはどうすればいいですか', '/kb/アカウントと請求/お支払い/change-payment-method/'],
      ['銀行振込で支払えますか？', '/kb/アカウントと請求/お支払い/change-payment-method/'],
      ['ライブビューにイベントが表示されません', '/kb/はじめに/セットアップ/install-tracking/'],
    ],
  },
  {
    // A desktop's help as Yelp builds it (GNOME's shape), with no synonyms of its own: customers
    // say "wifi" where it says "wireless network", describe what is wrong in words no page uses, and
    // the one page with every word of "bluetooth headphones … connect" is not the answer.
    fixture: 'desktop-help-export',
    about: 'a desktop’s help built by Yelp',
    cases: [
      ['How do I connect to wifi?', '/kb/help/net-wireless-connect/'],
      ['wifi keeps disconnecting', '/kb/help/net-wireless-disconnecting/'],
      ["bluetooth headphones won't connect", '/kb/help/bluetooth-problem-connecting/'],
      ['sound not working', '/kb/help/sound-nosound/'],
    ],
  },
];

for (const { fixture, about, cases } of IMPORTED) {
  describe.runIf(browserAvailable())(`customer questions on ${about}`, () => {
    let s: Session;
    beforeAll(async () => {
      const outDir = mkdtempSync(join(tmpdir(), 'milepost-questions-'));
      const build = buildSite(`${FIXTURES}${fixture}`, { outDir });
      expect(build.code, build.output).toBe(0);
      s = await openSite({ dist: outDir });
      await s.page.goto(s.url('/kb/'));
      await s.page.keyboard.press('Control+k');
    });
    afterAll(async () => {
      await s?.close();
    });

    for (const [question, article] of cases) {
      it(`“${question}” finds ${article} among the first two results`, async () => {
        await s.page.locator('[data-search-input]').fill(question);
        await s.page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), question, {
          timeout: 10_000,
        });
        const top2 = await s.page
          .locator('[role="option"]')
          .evaluateAll((options) => options.slice(0, 2).map((option) => decodeURI(new URL(option.querySelector('a')!.href).pathname)));
        expect(top2, question).toContain(article);
      });
    }

    if (fixture === 'desktop-help-export')
      it('lists the page that answers with fewer words first where it scores well above the one with every word, then that one, and says how many more it found with fewer', async () => {
        await s.page.locator('[data-search-input]').fill('bluetooth headphones connect');
        await s.page.waitForFunction(() => /more for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
          timeout: 10_000,
        });
        await expect(s.page.locator('[data-search-status]').textContent()).resolves.toBe(
          '1 result for “bluetooth headphones connect”, 4 more for “bluetooth connect”',
        );
        // The top bar's icons page happens to say all three words; the answer's title says two of them.
        await expect(s.page.locator('[role="option"] .search-result-title').allTextContents()).resolves.toEqual([
          'I cannot connect my Bluetooth device',
          'What do the icons in the top bar mean?',
          'Connect your computer to a Bluetooth device',
          'Hardware & sound',
          'Turn off wireless (airplane mode)',
        ]);
      });

    it('logs no errors in the browser, and asks for no file the index does not have', async () => {
      // A long word no page has sends the browser to the words of nearby lengths (typo correction):
      // one length had no file, and its 404 was an error in the console.
      const question = 'How do I enable two-factor authentication?';
      await s.page.locator('[data-search-input]').fill(question);
      await s.page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(q), question, {
        timeout: 10_000,
      });
      expect(s.errors).toEqual([]);
    });
  });
}
