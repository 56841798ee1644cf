// The sample customers as of 24 November 2026, 00:00 UTC: each workspace with the right dates
// and status per milestone (in the customer's own calendar, across month ends and daylight-saving
// changes), the right next step and sessions; nothing of it in public pages, the sitemap, the
// feed or the search index; and the team's portfolio with every customer's status and band.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-24T00:00:00Z';

type Expected = { status: string; next?: string; band?: string; milestones: [due: string, status: string][]; sessions?: string[] };

// Written out by hand from the customer files, not computed by the code under test.
const EXPECTED: Record<string, Expected> = {
  // Dublin: 24 November. Kicked off four days ago, two of three checks done.
  'fernhill-coffee-roasters': {
    status: 'On track',
    next: 'Tracking is live',
    milestones: [
      ['2026-11-27', 'Due in 3 days'],
      ['2026-12-04', 'Due in 10 days'],
      ['2026-12-20', 'Due in 26 days'],
    ],
  },
  'pebble-and-pine-studio': {
    status: 'Finished',
    band: 'Healthy',
    milestones: [
      ['2026-09-08', 'Reached on 6 Sep 2026'],
      ['2026-09-15', 'Reached on 15 Sep 2026'],
      ['2026-10-01', 'Reached on 29 Sep 2026'],
    ],
  },
  // Sydney, in daylight-saving time since 4 October: already the 24th.
  'quayside-fitness': {
    status: 'Overdue',
    next: 'First team dashboard',
    band: 'Critical',
    milestones: [
      ['2026-10-26', 'Reached on 24 Oct 2026'],
      ['2026-11-02', 'Overdue by 22 days'],
      ['2026-11-18', 'Overdue by 6 days'],
    ],
  },
  // New York: kickoff on 31 October, clocks went back on 1 November; still the 23rd there.
  'tidewater-books': {
    status: 'Behind',
    next: 'A weekly habit',
    band: 'At risk',
    milestones: [
      ['2026-11-07', 'Reached on 6 Nov 2026'],
      ['2026-11-14', 'Reached on 16 Nov 2026, 2 days late'],
      ['2026-11-30', 'Due in 7 days'],
    ],
    sessions: ['office-hours/20261203-1700', 'office-hours/20261217-1700', 'office-hours/20261231-1700'],
  },
  'northwind-logistics': {
    status: 'On track',
    next: 'Value review',
    band: 'Healthy',
    milestones: [
      ['2026-10-08', 'Reached on 7 Oct 2026'],
      ['2026-10-19', 'Reached on 16 Oct 2026'],
      ['2026-11-07', 'Reached on 5 Nov 2026'],
      ['2026-11-27', 'Due in 4 days'],
    ],
  },
  'halvorsen-marine': {
    status: 'Blocked',
    next: 'Admins trained',
    band: 'Watch',
    milestones: [
      ['2026-10-22', 'Reached on 21 Oct 2026'],
      ['2026-11-02', 'Blocked'],
      ['2026-11-21', 'Overdue by 3 days'],
      ['2026-12-11', 'Due in 17 days'],
    ],
    sessions: ['admin-bootcamp/2026-12-08-new-york', 'admin-bootcamp/2026-12-10-berlin', 'admin-bootcamp/2027-01-13-singapore'],
  },
  // Los Angeles: 16:00 on the 23rd, so "due today", not "overdue by 1 day"; the last one due on New Year's Day.
  'verdant-health-clinics': {
    status: 'On track',
    next: 'Admins trained',
    band: 'Watch',
    milestones: [
      ['2026-11-12', 'Reached on 11 Nov 2026'],
      ['2026-11-23', 'Due today'],
      ['2026-12-12', 'Due in 19 days'],
      ['2027-01-01', 'Due in 39 days'],
    ],
  },
  // Kickoff on 31 August, a month end.
  'kestrel-robotics': {
    status: 'Overdue',
    next: 'Value review',
    band: 'At risk',
    milestones: [
      ['2026-09-10', 'Reached on 9 Sep 2026'],
      ['2026-09-21', 'Reached on 25 Sep 2026, 4 days late'],
      ['2026-10-10', 'Reached on 9 Oct 2026'],
      ['2026-10-30', 'Overdue by 25 days'],
    ],
  },
  // London: kickoff the day after clocks went back.
  'aldergrove-insurance': {
    status: 'On track',
    next: 'Warehouse connected',
    band: 'Healthy',
    milestones: [
      ['2026-11-09', 'Reached on 6 Nov 2026'],
      ['2026-11-25', 'Due tomorrow'],
      ['2026-12-25', 'Due in 31 days'],
      ['2027-01-24', 'Due in 61 days'],
      ['2027-02-23', 'Due in 91 days'],
    ],
    sessions: [
      'data-team-deep-dive/2027-01-27-new-york',
      'data-team-deep-dive/2027-03-24-berlin',
      'data-team-deep-dive/2027-06-09-singapore',
    ],
  },
  'meridian-freight-group': {
    status: 'On track',
    next: 'Executive business review',
    band: 'Healthy',
    milestones: [
      ['2026-08-10', 'Reached on 7 Aug 2026'],
      ['2026-08-26', 'Reached on 25 Aug 2026'],
      ['2026-09-25', 'Reached on 30 Sep 2026, 5 days late'],
      ['2026-10-25', 'Reached on 22 Oct 2026'],
      ['2026-11-24', 'Due tomorrow'],
    ],
  },
  'solenne-cosmetics': {
    status: 'Behind',
    next: 'Rollout complete',
    band: 'At risk',
    milestones: [
      ['2026-09-14', 'Reached on 11 Sep 2026'],
      ['2026-09-30', 'Reached on 29 Sep 2026'],
      ['2026-10-30', 'Reached on 28 Oct 2026'],
      ['2026-11-29', 'Due in 5 days'],
      ['2026-12-29', 'Due in 35 days'],
    ],
  },
  'brookfield-credit-union': {
    status: 'On track',
    next: 'Secure access in place',
    milestones: [
      ['2026-11-30', 'Due in 7 days'],
      ['2026-12-16', 'Due in 23 days'],
      ['2027-01-15', 'Due in 53 days'],
      ['2027-02-14', 'Due in 83 days'],
      ['2027-03-16', 'Due in 113 days'],
    ],
  },
};

const customers = Object.keys(EXPECTED).map((id) => ({ id, data: parse(readFileSync(join(ROOT, 'customers', `${id}.yaml`), 'utf8')) }));
const unescape = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
const textOf = (html: string) => unescape(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

/** A built file as text; Pagefind's index files are decompressed first. */
function decoded(outDir: string, file: string): string {
  const bytes = readFileSync(join(outDir, file));
  return (file.startsWith('pagefind/') && bytes[0] === 0x1f ? gunzipSync(bytes) : bytes).toString('utf8');
}

describe('customer workspaces in the sample portal', () => {
  let build: BuildResult;
  let files: string[];
  const page = (path: string) => readText(build.outDir, path);
  beforeAll(() => {
    build = buildSite(ROOT, { env: { MILEPOST_NOW: NOW } });
    files = listFiles(build.outDir);
  });

  it('builds a page for every sample customer', () => {
    expect(build.code, build.output).toBe(0);
    expect(customers).toHaveLength(12);
    for (const { data } of customers) expect(files).toContain(`customers/${data.key}/index.html`);
  });

  for (const { id, data } of customers) {
    it(`shows ${data.name}'s dates, status per milestone, next step and sessions`, () => {
      const expected = EXPECTED[id]!;
      const html = page(`customers/${data.key}/index.html`);
      expect(textOf(html)).toContain(data.name);
      expect(textOf(/data-customer-status="[^"]+"[^>]*>([^<]+)</.exec(html)![1]!)).toBe(expected.status);
      const items = [...html.matchAll(/<li[^>]*data-milestone="([^"]+)"[\s\S]*?<\/li>/g)].map((match) => match[0]);
      expect(
        items.map((item) => [
          /datetime="([\d-]+)"/.exec(item)![1],
          textOf(/data-milestone-status[^>]*>([\s\S]*?)<\/strong>/.exec(item)![1]!).trim(),
        ]),
      ).toEqual(expected.milestones);
      const next = /<section class="next-step"[\s\S]*?<h2[^>]*>([^<]+)<\/h2>/.exec(html)?.[1];
      expect(next && unescape(next)).toBe(expected.next);
      for (const session of expected.sessions ?? []) {
        const [course, sessionId] = session.split('/');
        expect(html).toContain(`id="session-${sessionId}"`);
        expect(html).toContain(`/training/${course}/${sessionId}.ics`);
      }
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
    });
  }

  it('shows the checked definition-of-done items of the next step as done', () => {
    const html = page(`customers/${customers.find((c) => c.id === 'verdant-health-clinics')!.data.key}/index.html`);
    expect(textOf(html)).toContain('Done: Roles are set up so each team sees its own dashboards');
    expect(textOf(html)).toContain('Still to do: At least two admins completed the Admin bootcamp');
  });

  it('offers each customer an .ics with its own due dates', () => {
    const { data } = customers.find((c) => c.id === 'verdant-health-clinics')!;
    const ics = page(`customers/${data.key}/milestones.ics`);
    expect(ics.match(/DTSTART;VALUE=DATE:\d+/g)).toEqual([
      'DTSTART;VALUE=DATE:20261112',
      'DTSTART;VALUE=DATE:20261123',
      'DTSTART;VALUE=DATE:20261212',
      'DTSTART;VALUE=DATE:20270101',
    ]);
    expect(ics).toContain('UID:customer-verdant-health-clinics.admins-trained@milepost');
  });

  it('keeps every workspace out of the sitemap, the feed, the search index and every public page’s links', () => {
    const keys = customers.map((c) => c.data.key as string);
    const publicFiles = files.filter((file) => !file.startsWith('customers/') && !file.startsWith('team/'));
    const leaks = publicFiles.filter((file) => {
      const text = decoded(build.outDir, file);
      return (
        keys.some((key) => text.includes(key)) ||
        /href="[^"]*\/customers\//.test(text) ||
        customers.some((c) => text.includes(c.data.name.replace(/&/g, '&amp;')))
      );
    });
    expect(leaks).toEqual([]);
    expect(publicFiles.filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0);
    expect(page('sitemap.xml')).not.toContain('/customers/');
    expect(page('_headers')).toContain('/customers/*\n  X-Robots-Tag: noindex, nofollow\n  Referrer-Policy: no-referrer');
  });

  it('gives _headers every script and style hash of every page’s Content Security Policy', () => {
    const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const hashes = new Set(
      files.filter((file) => file.endsWith('.html')).flatMap((file) => policyOf(page(file)).match(/'sha\d+-[^']+'/g) ?? []),
    );
    const headerPolicy = /^ {2}Content-Security-Policy: (.+)$/m.exec(page('_headers'))?.[1] ?? '';
    expect(hashes.size).toBeGreaterThan(1);
    expect([...hashes].filter((hash) => !headerPolicy.includes(hash))).toEqual([]);
  });

  it('leaves every customer’s internal notes out of the customer edition', () => {
    const internal = customers.flatMap((c) => [...(c.data.internal?.risks ?? [])]);
    expect(internal.length).toBeGreaterThan(5);
    const found = files.filter((file) =>
      internal.some((risk) => decoded(build.outDir, file).includes(risk.replace(/&/g, '&amp;').replace(/'/g, '&#39;'))),
    );
    expect(found).toEqual([]);
  });
});

describe('the team portfolio', () => {
  let team: BuildResult;
  beforeAll(() => {
    team = buildSite(ROOT, { edition: 'team', env: { MILEPOST_NOW: NOW } });
  });

  it('lists every customer with the right status, band and response protocol', () => {
    expect(team.code, team.output).toBe(0);
    const html = readText(team.outDir, 'team/customers/index.html');
    const rows = new Map([...html.matchAll(/<tr data-customer="([^"]+)"[\s\S]*?<\/tr>/g)].map((match) => [match[1]!, match[0]]));
    expect([...rows.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [id, expected] of Object.entries(EXPECTED)) {
      const row = rows.get(id)!;
      expect(textOf(/data-customer-status="[^"]+"[^>]*>([^<]+)</.exec(row)![1]!).trim(), id).toBe(expected.status);
      expect(/<span class="band"[^>]*>([^<]+)</.exec(row)?.[1], id).toBe(expected.band);
    }
    expect(textOf(rows.get('quayside-fitness')!)).toContain(
      'Phone call from the CSM; agree a two-week recovery plan with the admin. Within 1 business day',
    );
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('offers the same rows as CSV', () => {
    const csv = readText(team.outDir, 'team/customers.csv').trim().split('\r\n');
    expect(csv[0]).toBe(
      'Customer,Plan,Segment,CSM,Kickoff,Day,Milestones reached,Milestones,Status,Next milestone,Next due,Health score,Band,Response,Within',
    );
    expect(csv).toHaveLength(13);
    expect(csv).toContain(
      'Halvorsen Marine,Mid-market onboarding,Mid-market,Sofia Marin,2026-10-12,43,1,4,Blocked,Admins trained,2026-11-02,57,Watch,"CSM sends a short plan to close the gap (a course, a template or a call).",3 business days',
    );
  });

  it('shows the team each customer’s internal notes on its page', () => {
    const { data } = customers.find((c) => c.id === 'kestrel-robotics')!;
    const html = textOf(readText(team.outDir, `customers/${data.key}/index.html`));
    expect(html).toContain('44 · At risk');
    expect(html).toContain('Seat usage dropped from 48% to 29% in November.');
  });
});

describe('MILEPOST_CUSTOMER: a portal for one customer', () => {
  let single: BuildResult;
  beforeAll(() => {
    single = buildSite(ROOT, { env: { MILEPOST_NOW: NOW, MILEPOST_CUSTOMER: 'northwind-logistics' } });
  });

  it('opens on that customer’s workspace, next to the public portal, with no other customer in it', () => {
    expect(single.code, single.output).toBe(0);
    const files = listFiles(single.outDir);
    const home = readText(single.outDir, 'index.html');
    expect(textOf(home)).toContain('Northwind Logistics Your onboarding with Brightline Analytics');
    expect(home).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(files).toContain('plans/mid-market/index.html');
    const others = customers.filter((c) => c.id !== 'northwind-logistics');
    expect(
      files.filter((file) =>
        others.some((c) => file.includes(c.data.key) || decoded(single.outDir, file).includes(c.data.name.replace(/&/g, '&amp;'))),
      ),
    ).toEqual([]);
    expect(readText(single.outDir, 'sitemap.xml')).not.toMatch(/<loc>https:\/\/academy\.brightline\.example\/<\/loc>/);
    expect(readText(single.outDir, '_headers')).toContain('\n/\n  X-Robots-Tag: noindex, nofollow\n  Referrer-Policy: no-referrer\n');
  });

  it('names the customers there are when the id matches none, and builds nothing', () => {
    const failed = buildSite(ROOT, { env: { MILEPOST_CUSTOMER: 'northwind' } });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain(
      'MILEPOST_CUSTOMER is "northwind", but there is no customers/northwind.yaml (customers: aldergrove-insurance, brookfield-credit-union,',
    );
  });
});
