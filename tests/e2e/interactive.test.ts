// The interactive parts in a real browser: kickoff planner and its .ics, the health score
// calculator, the training filters, dark mode, and pages that carry no JavaScript of their own.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser.ts';
import { openSite, type Session } from './site.ts';

describe.runIf(browserAvailable())('interactive parts', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSite();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('turns the kickoff date into milestone dates and downloads them as an .ics file', async () => {
    await s.page.goto(s.url('/plans/smb/'));
    await s.page.locator('#kickoff-date').fill('2027-03-01');
    const dates = await s.page.locator('[data-due-date]').allTextContents();
    expect(dates).toEqual(['Due Monday, 8 March 2027', 'Due Monday, 15 March 2027', 'Due Wednesday, 31 March 2027']);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-planner-download]').click()]);
    expect(download.suggestedFilename()).toBe('smb-milestones.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.match(/DTSTART;VALUE=DATE:\d+/g)).toEqual(['DTSTART;VALUE=DATE:20270308', 'DTSTART;VALUE=DATE:20270315', 'DTSTART;VALUE=DATE:20270331']);
    expect(ics).toContain('UID:smb.tracking-live@milepost');
  });

  it('computes the health score and its band as the sliders move', async () => {
    await s.page.goto(s.url('/plans/smb/'));
    const set = (id: string, value: number) => s.page.locator(`#factor-${id}`).evaluate((el: HTMLInputElement, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
    await set('adoption', 80);
    await set('engagement', 60);
    await set('milestones', 100);
    await expect(s.page.locator('[data-score]').textContent()).resolves.toBe('78'); // 0.40×80 + 0.35×60 + 0.25×100
    await expect(s.page.locator('[data-band]').textContent()).resolves.toBe('Healthy');
    await set('adoption', 20);
    await expect(s.page.locator('[data-score]').textContent()).resolves.toBe('54');
    await expect(s.page.locator('[data-band]').textContent()).resolves.toBe('At risk');
    // Keyboard: arrow keys move a focused slider by its step.
    await s.page.locator('#factor-engagement').focus();
    await s.page.keyboard.press('ArrowRight');
    await expect(s.page.locator('output[for="factor-engagement"]').textContent()).resolves.toBe('65');
  });

  /** Titles of the course cards a reader can see: visibility on screen, not an attribute. */
  async function visibleCourses(page = s.page): Promise<string[]> {
    const titles: string[] = [];
    for (const card of await page.locator('[data-course]').all()) if (await card.isVisible()) titles.push((await card.locator('h2, h3').first().innerText()).trim());
    return titles;
  }

  it('filters the training catalog in place, updates the URL, and the back button restores it', async () => {
    await s.page.goto(s.url('/training/'));
    const all = await visibleCourses();
    expect(all.length).toBe(6);
    await s.page.locator('a[data-filter="format"][data-value="webinar"]').click();
    expect(s.page.url()).toBe(s.url('/training/format/webinar/'));
    expect(await visibleCourses()).toEqual(['Admin office hours', 'Dashboards people actually read']);
    await expect(s.page.locator('[data-course-count]').textContent()).resolves.toBe('2 courses');
    await s.page.goBack();
    expect(s.page.url()).toBe(s.url('/training/'));
    expect(await visibleCourses()).toEqual(all);
  });

  it('keeps the format when a segment is picked after it, in the URL too', async () => {
    await s.page.goto(s.url('/training/'));
    await s.page.locator('a[data-filter="format"][data-value="webinar"]').click();
    await s.page.locator('a[data-filter="segment"][data-value="smb"]').click();
    expect(new URL(s.page.url()).searchParams.get('format')).toBe('webinar');
    expect(new URL(s.page.url()).searchParams.get('segment')).toBe('smb');
    expect(await visibleCourses()).toEqual(['Admin office hours']);
    await expect(s.page.locator('[data-course-count]').textContent()).resolves.toBe('1 course');
    // The shared address opens with both filters applied.
    await s.page.goto(s.page.url());
    expect(await visibleCourses()).toEqual(['Admin office hours']);
    await s.page.locator('a[data-filter="segment"][data-value="enterprise"]').click();
    expect(await visibleCourses()).toEqual(['Admin office hours', 'Dashboards people actually read']);
    expect(new URL(s.page.url()).searchParams.get('format')).toBe('webinar');
  });

  it('shows only the matching courses on every filter page without JavaScript', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, expected] of [
      ['/training/format/webinar/', 2],
      ['/training/format/self-paced/', 1],
      ['/training/segment/enterprise/', 5],
    ] as const) {
      await page.goto(s.url(path));
      const shown = await visibleCourses(page);
      expect(shown.length, path).toBe(expected);
      await expect(page.locator('[data-course-count]').textContent()).resolves.toBe(`${expected} course${expected === 1 ? '' : 's'}`);
    }
    await context.close();
  });

  it('remembers the dark-mode choice across pages', async () => {
    await s.page.goto(s.url('/'));
    const background = () => s.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = s.page.locator('[data-theme-toggle]');
    await expect(toggle.innerText()).resolves.toContain('Dark mode');
    await toggle.click();
    // The label says what the next click does, never the theme already on screen.
    await expect(toggle.innerText()).resolves.toContain('Light mode');
    const dark = await background();
    expect(dark).not.toBe(light);
    await s.page.goto(s.url('/faq/'));
    expect(await background()).toBe(dark);
    await expect(toggle.innerText()).resolves.toContain('Light mode');
    await toggle.click();
    expect(await background()).toBe(light);
    await expect(toggle.innerText()).resolves.toContain('Dark mode');
  });

  it('shows session times in the reader’s time zone', async () => {
    const tokyo = await s.browser.newContext({ timezoneId: 'Asia/Tokyo' });
    const page = await tokyo.newPage();
    await page.goto(s.url('/training/admin-bootcamp/'));
    const local = page.locator('#session-2026-12-08-new-york [data-local-time]');
    // Written as the session's own time is: day, 24-hour time, place and offset.
    await expect(page.locator('#session-2026-12-08-new-york time').textContent()).resolves.toBe('Tue 8 Dec 2026, 11:00 New York (UTC−5)');
    await expect(local.textContent()).resolves.toBe('Your time: Wed 9 Dec 2026, 01:00 Tokyo (UTC+9)');
    // On the same day, only the time and the zone.
    const berlin = page.locator('#session-2026-12-10-berlin [data-local-time]');
    await expect(berlin.textContent()).resolves.toBe('Your time: 18:00 Tokyo (UTC+9)');
    await tokyo.close();
  });

  it('loads no JavaScript on plain pages other than the search launcher (under 5 KB) and the inline theme toggle', async () => {
    for (const path of ['/kb/', '/faq/', '/certification/brightline-certified/', '/videos/']) {
      const scripts = new Set<string>();
      const listener = (request: { url(): string; resourceType(): string }) => request.resourceType() === 'script' && scripts.add(new URL(request.url()).pathname);
      s.page.on('request', listener);
      await s.page.goto(s.url(path));
      s.page.off('request', listener);
      // The launcher and Vite's tiny helper for loading the dialog later.
      expect([...scripts].every((script) => /SearchDialog|preload-helper/.test(script)), `${path}: ${[...scripts].join(', ')}`).toBe(true);
      const bytes = [...scripts].reduce((sum, script) => sum + (s.transfers.get(script) ?? 0), 0);
      expect(bytes).toBeLessThan(5 * 1024);
    }
  });

  it('keeps every page type within its JavaScript (25 KB) and CSS (20 KB) budgets, gzipped', async () => {
    const budgets: string[] = [];
    for (const path of ['/', '/plans/enterprise/', '/training/', '/training/admin-bootcamp/', '/certification/brightline-certified/', '/kb/getting-started/set-up-your-workspace/invite-teammates/', '/faq/', '/videos/product-tour/', '/search/']) {
      s.transfers.clear();
      await s.page.goto(s.url(path));
      await s.page.waitForLoadState('networkidle');
      const inline = await s.page.evaluate(() => ({
        js: [...document.querySelectorAll('script:not([src]):not([type*="json"])')].map((el) => el.textContent ?? '').join(''),
        css: [...document.querySelectorAll('style')].map((el) => el.textContent ?? '').join(''),
      }));
      const { gzipSync } = await import('node:zlib');
      const external = (ext: string) => [...s.transfers].filter(([file]) => file.endsWith(ext) && !file.includes('/pagefind/')).reduce((sum, [, bytes]) => sum + bytes, 0);
      const js = external('.js') + gzipSync(inline.js).length;
      const css = external('.css') + gzipSync(inline.css).length;
      budgets.push(`${path}: JS ${(js / 1024).toFixed(1)} KB, CSS ${(css / 1024).toFixed(1)} KB`);
      expect(js, path).toBeLessThan(25 * 1024);
      expect(css, path).toBeLessThan(20 * 1024);
    }
    console.log(`[budget] ${budgets.join('; ')}`);
  });

  it('logs no errors in the browser', () => {
    expect(s.errors).toEqual([]);
  });
});
