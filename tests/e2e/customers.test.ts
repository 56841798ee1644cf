// Customer workspaces and the team portfolio in a real browser: the status follows the reader's
// "today" (clock mocked), the .ics has the customer's dates, the portfolio sorts and filters by
// keyboard and downloads what it shows, axe finds nothing in light or dark mode, nothing is wider
// than a 360 px screen, and the strict CSP is never violated.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { browserAvailable } from './browser.ts';
import { openSite, type Session } from './site.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const keyOf = (id: string) => parse(readFileSync(`${ROOT}customers/${id}.yaml`, 'utf8')).key as string;
const workspace = (id: string) => `/customers/${keyOf(id)}/`;

let teamDist = '';
const available = browserAvailable();
beforeAll(() => {
  if (!available) return;
  // Built as of a fixed day, so the portfolio's statuses are known.
  const team = buildSite(ROOT, { edition: 'team', env: { MILEPOST_NOW: '2026-11-24T00:00:00Z' } });
  if (team.code !== 0) throw new Error(`team build failed:\n${team.output}`);
  teamDist = team.outDir;
}, 300_000);

async function axeViolations(s: Session) {
  await s.page.addScriptTag({ content: AXE });
  return s.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
  });
}

describe.runIf(available)('a customer workspace', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSite();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('recomputes every status for the reader’s today', async () => {
    const page = await s.context.newPage();
    // 28 December in London: "warehouse connected" (due 25 November) is now overdue.
    await page.clock.setFixedTime(new Date('2026-12-28T12:00:00Z'));
    await page.goto(s.url(workspace('aldergrove-insurance')));
    await expect(page.locator('[data-customer-status]').textContent()).resolves.toBe('Overdue');
    await expect(page.locator('[data-milestone="warehouse-connected"] [data-milestone-status]').textContent()).resolves.toBe(
      'Overdue by 33 days',
    );
    await expect(page.locator('[data-milestone="core-team-certified"] [data-milestone-status]').textContent()).resolves.toBe(
      'Overdue by 3 days',
    );
    await expect(page.locator('[data-next-status]').textContent()).resolves.toBe('Overdue by 33 days');
    await expect(page.locator('[data-day]').textContent()).resolves.toBe('Day 63 of 120');
    await expect(page.locator('[data-timeline-milestone="warehouse-connected"]').getAttribute('data-state')).resolves.toBe('overdue');
    await expect(page.locator('[data-status-today]').textContent()).resolves.toBe('Statuses are as of today, Monday, 28 December 2026.');
    // 23 November, 21:00 in Los Angeles (already the 24th in UTC): due today there, not overdue.
    await page.clock.setFixedTime(new Date('2026-11-24T05:00:00Z'));
    await page.goto(s.url(workspace('verdant-health-clinics')));
    await expect(page.locator('[data-milestone="admins-trained"] [data-milestone-status]').textContent()).resolves.toBe('Due today');
    await expect(page.locator('[data-customer-status]').textContent()).resolves.toBe('On track');
    await page.close();
  });

  it('downloads the customer’s own milestone dates as an .ics file', async () => {
    await s.page.goto(s.url(workspace('verdant-health-clinics')));
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('link', { name: 'Add these dates to your calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('verdant-health-clinics-milestones.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.match(/DTSTART;VALUE=DATE:\d+/g)).toEqual([
      'DTSTART;VALUE=DATE:20261112',
      'DTSTART;VALUE=DATE:20261123',
      'DTSTART;VALUE=DATE:20261212',
      'DTSTART;VALUE=DATE:20270101',
    ]);
    expect(ics).toContain('SUMMARY:Admins trained (Mid-market onboarding)');
  });

  it('puts the next step first, with its checklist, what helps and the sessions that prepare for it', async () => {
    const page = await s.context.newPage();
    // Sessions that have ended by the reader's today are hidden: read the page on a known day.
    await page.clock.setFixedTime(new Date('2026-11-24T12:00:00Z'));
    await page.goto(s.url(workspace('halvorsen-marine')));
    const next = page.locator('section.next-step');
    await expect(next.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Admins trained');
    expect(await next.locator('.checklist li').allTextContents()).toEqual([
      'Done: At least two admins completed the Admin bootcamp',
      'Still to do: Roles are set up so each team sees its own dashboards',
    ]);
    expect(await next.getByRole('link', { name: 'Admin bootcamp' }).count()).toBeGreaterThan(0);
    expect(await next.locator('[data-session]:visible').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('has nothing wider than a 360 px screen', async () => {
    const narrow = await s.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await narrow.newPage();
    for (const id of ['meridian-freight-group', 'halvorsen-marine']) {
      await page.goto(s.url(workspace(id)));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
    await narrow.close();
  });

  it('logs no errors and no CSP violations', () => {
    expect(s.errors).toEqual([]);
  });
});

describe.runIf(available)('the team portfolio', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSite({ dist: teamDist });
  });
  afterAll(async () => {
    await s?.close();
  });

  const names = () => s.page.locator('[data-portfolio] tbody tr:visible th').allTextContents();

  it('sorts by a column from the keyboard, and reverses on a second press', async () => {
    await s.page.goto(s.url('/team/customers/'));
    for (let i = 0; i < 60; i++) {
      await s.page.keyboard.press('Tab');
      if (await s.page.evaluate(() => document.activeElement?.getAttribute('data-sort') === 'name')) break;
    }
    await s.page.keyboard.press('Enter');
    const ascending = (await names()).map((name) => name.trim());
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await expect(s.page.locator('th[data-column="name"]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await s.page.keyboard.press('Space');
    expect((await names()).map((name) => name.trim())).toEqual([...ascending].reverse());
  });

  it('filters by status and CSM from the keyboard, and downloads just those rows as CSV', async () => {
    await s.page.goto(s.url('/team/customers/'));
    await s.page.locator('select[data-filter="csm"]').focus();
    // Options are sorted: All, Daniel Okafor, Hannah Lindqvist, Sofia Marin, Tomás Reyes.
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('ArrowDown');
    await expect(s.page.locator('[data-portfolio-count]').textContent()).resolves.toBe('2 of 12 customers');
    expect((await names()).map((name) => name.trim()).sort()).toEqual(['Kestrel Robotics', 'Solenne Cosmetics']);
    // All, Behind, Blocked, …
    await s.page.locator('select[data-filter="status"]').focus();
    await s.page.keyboard.press('ArrowDown');
    expect((await names()).map((name) => name.trim())).toEqual(['Solenne Cosmetics']);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-portfolio-csv]').click()]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^Solenne Cosmetics,Enterprise onboarding,Enterprise,Hannah Lindqvist,/);
  });

  it('links each customer to its workspace, which shows the team its account notes', async () => {
    await s.page.goto(s.url('/team/customers/'));
    await s.page.getByRole('link', { name: 'Kestrel Robotics' }).click();
    await expect(s.page.getByRole('heading', { name: 'Account notes' }).isVisible()).resolves.toBe(true);
  });

  it('has nothing wider than a 360 px screen outside its scrolling table', async () => {
    const narrow = await s.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await narrow.newPage();
    await page.goto(s.url('/team/customers/'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.close();
  });

  it('logs no errors and no CSP violations', () => {
    expect(s.errors).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  describe.runIf(available)(`customer pages in ${scheme} mode`, () => {
    let customer: Session;
    let team: Session;
    beforeAll(async () => {
      // axe is injected into the page, which the portal's own CSP rightly forbids.
      customer = await openSite({ colorScheme: scheme, bypassCSP: true });
      team = await openSite({ colorScheme: scheme, bypassCSP: true, dist: teamDist });
    });
    afterAll(async () => {
      await customer?.close();
      await team?.close();
    });

    for (const id of ['halvorsen-marine', 'pebble-and-pine-studio', 'meridian-freight-group']) {
      it(`has no WCAG 2.2 A/AA violations on ${id}'s workspace`, async () => {
        await customer.page.goto(customer.url(workspace(id)));
        const violations = await axeViolations(customer);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      });
    }

    it('has no WCAG 2.2 A/AA violations on the team portfolio and a team workspace', async () => {
      for (const path of ['/team/customers/', workspace('kestrel-robotics')]) {
        await team.page.goto(team.url(path));
        const violations = await axeViolations(team);
        expect(violations, `${path}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      }
    });
  });
}
