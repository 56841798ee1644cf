// axe-core (WCAG 2.2 A and AA rules) on every page type, in light and dark mode, and a
// keyboard-only walk through the search dialog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser.ts';
import { axeViolations } from './page-checks.ts';
import { openSite, type Session } from './site.ts';

const PAGE_TYPES = {
  home: '/',
  plans: '/plans/',
  plan: '/plans/enterprise/',
  training: '/training/',
  'training filter': '/training/format/webinar/',
  course: '/training/admin-bootcamp/',
  certifications: '/certification/',
  certification: '/certification/brightline-certified/',
  'help articles': '/kb/',
  category: '/kb/administration/',
  section: '/kb/administration/single-sign-on/',
  article: '/kb/getting-started/set-up-your-workspace/invite-teammates/',
  faq: '/faq/',
  videos: '/videos/',
  video: '/videos/product-tour/',
  search: '/search/?q=dashboard',
  'not found': '/no-such-page/',
};

for (const scheme of ['light', 'dark'] as const) {
  describe.runIf(browserAvailable())(`accessibility in ${scheme} mode`, () => {
    let s: Session;
    beforeAll(async () => {
      // axe is injected into the page, which the portal's own CSP rightly forbids.
      s = await openSite({ colorScheme: scheme, bypassCSP: true });
    });
    afterAll(async () => {
      await s?.close();
    });

    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      it(`has no WCAG 2.2 A/AA violations on the ${name} page`, async () => {
        await s.page.goto(s.url(path));
        if (path.startsWith('/search/')) await s.page.waitForFunction(() => document.querySelector('[data-search-page-status]')?.textContent?.includes('result'));
        const violations = await axeViolations(s.page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      });
    }
  });
}

describe.runIf(browserAvailable())('keyboard only', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSite();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reaches the skip link first and the main content from it', async () => {
    await s.page.goto(s.url('/plans/smb/'));
    await s.page.keyboard.press('Tab');
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await s.page.keyboard.press('Enter');
    await expect(s.page.evaluate(() => location.hash)).resolves.toBe('#milepost-main');
  });

  it('reaches the kickoff date, the calendar button and every slider by Tab', async () => {
    await s.page.goto(s.url('/plans/smb/'));
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await s.page.keyboard.press('Tab');
      const id = await s.page.evaluate(() => (document.activeElement?.hasAttribute('data-planner-download') ? 'download' : (document.activeElement?.id ?? '')));
      if (id) reached.add(id);
    }
    for (const id of ['kickoff-date', 'download', 'factor-adoption', 'factor-engagement', 'factor-milestones']) expect(reached, [...reached].join(', ')).toContain(id);
  });

  it('filters the training catalog from the keyboard', async () => {
    await s.page.goto(s.url('/training/'));
    // The agenda of upcoming sessions comes first, then the catalogue and its filters.
    for (let i = 0; i < 150; i++) {
      await s.page.keyboard.press('Tab');
      if (await s.page.evaluate(() => document.activeElement?.getAttribute('data-value') === 'webinar')) break;
    }
    await s.page.keyboard.press('Enter');
    await expect(s.page.locator('[data-course-count]').textContent()).resolves.toBe('2 courses');
    await expect(s.page.locator('a[data-value="webinar"]').getAttribute('aria-current')).resolves.toBe('true');
    const shown = await s.page.locator('[data-course]').evaluateAll((cards) => cards.filter((card) => (card as HTMLElement).checkVisibility()).length);
    expect(shown).toBe(2);
  });
});
