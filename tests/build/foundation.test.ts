// The build as a CS team runs it: validation first, a page per completed plan, editions kept
// apart, and a failed build that leaves the previous output untouched; the same with a plain
// `astro build`, which publishes from inside the integration.
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoot, fixtureRootWith } from '../helpers/fixtures.ts';
import { buildSite, listFiles, type BuildResult } from '../helpers/build.ts';

const CANARIES = ['CANARY-RETENTION', 'CANARY-OWNER', 'CANARY-MONITOR', 'CANARY-PROTOCOL', 'CANARY-DRAFT-PLAN', 'CANARY-ADOPTION', 'CANARY-DRAFT-ARTICLE', 'CANARY-CUSTOMER-RISK'];

/** The text of a built file; Pagefind's index files are decompressed first ("pagefind_dcd" + data). */
function decoded(outDir: string, file: string): string {
  const bytes = readFileSync(join(outDir, file));
  return (/\.pf_(fragment|index|meta|filter)$|\.pagefind$/.test(file) && bytes[0] === 0x1f ? gunzipSync(bytes) : bytes).toString('latin1');
}

/** Every output file with its modification time: equal snapshots mean nothing was touched. */
function snapshot(outDir: string): string[] {
  return listFiles(outDir).map((file) => `${file}:${statSync(join(outDir, file)).mtimeMs}`);
}

function canariesIn(outDir: string): Set<string> {
  const found = new Set<string>();
  for (const file of listFiles(outDir)) {
    const text = decoded(outDir, file);
    for (const canary of CANARIES) if (text.includes(canary)) found.add(canary);
  }
  return found;
}

describe('npm run build', () => {
  let customer: BuildResult;
  let team: BuildResult;
  beforeAll(() => {
    const root = fixtureRoot('editions');
    customer = buildSite(root);
    team = buildSite(root, { edition: 'team' });
  });

  it('builds a page for every completed plan and none for drafts', () => {
    expect(customer.code, customer.output).toBe(0);
    const files = listFiles(customer.outDir);
    expect(files).toContain('plans/starter/index.html');
    expect(files).not.toContain('plans/partner/index.html');
    const page = readFileSync(join(customer.outDir, 'plans/starter/index.html'), 'utf8');
    for (const name of ['First event received', 'First dashboard shared', 'Weekly habit']) expect(page).toContain(name);
  });

  it('writes a search index', () => {
    expect(listFiles(customer.outDir).some((file) => file.startsWith('pagefind/') && file.endsWith('.pf_meta'))).toBe(true);
  });

  it('writes the same files, byte for byte, when the same content is built again (calendars aside: they carry their build time)', () => {
    const again = buildSite(fixtureRoot('editions'));
    expect(again.code, again.output).toBe(0);
    const files = listFiles(customer.outDir).filter((file) => !file.endsWith('.ics'));
    expect(listFiles(again.outDir).filter((file) => !file.endsWith('.ics'))).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(customer.outDir, file)).equals(readFileSync(join(again.outDir, file))));
    expect(differing).toEqual([]);
  });

  it('leaves every internal note and draft out of the customer edition: HTML, JSON, XML, calendars and the decoded search index', () => {
    expect([...canariesIn(customer.outDir)]).toEqual([]);
    const searchIndex = listFiles(customer.outDir).filter((file) => file.startsWith('pagefind/fragment/'));
    expect(searchIndex.length).toBeGreaterThan(0);
    expect(searchIndex.some((file) => decoded(customer.outDir, file).includes('Starter onboarding'))).toBe(true);
  });

  it('shows a published article’s links to a draft as their text in the customer edition, and as links in the team edition', () => {
    const page = (build: BuildResult) => readFileSync(join(build.outDir, 'kb/getting-started/first-steps/roadmap/index.html'), 'utf8');
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text(page(customer))).toContain('The upcoming feature is in private beta');
    expect(text(page(customer))).toContain('Partners can read the upcoming feature notes early.');
    expect(text(page(customer))).toContain('The feature notes follow at launch.');
    expect(page(customer)).not.toMatch(/<a\b[^>]*upcoming-feature/);
    expect(customer.output).toContain('reference-to-draft');
    expect(page(team)).toContain('<a href="/kb/getting-started/first-steps/upcoming-feature/#beta">upcoming feature</a>');
    expect(page(team)).toContain('<a href="/kb/getting-started/first-steps/upcoming-feature/">upcoming feature</a>');
    expect(page(team)).toContain('<a href="/kb/getting-started/first-steps/upcoming-feature/">feature notes</a>');
  });

  it('adds draft plans, draft articles and every internal note to the team edition', () => {
    expect(team.code, team.output).toBe(0);
    expect(listFiles(team.outDir)).toContain('plans/partner/index.html');
    expect([...canariesIn(team.outDir)].sort()).toEqual([...CANARIES].sort());
    const teamIndex = listFiles(team.outDir).filter((file) => file.startsWith('pagefind/fragment/'));
    expect(teamIndex.some((file) => decoded(team.outDir, file).includes('CANARY-RETENTION'))).toBe(true);
  });

  it('refuses to build invalid content and leaves the previous output as it was', () => {
    const before = snapshot(customer.outDir);
    const failed = buildSite(fixtureRoot('weights-not-100'), { outDir: customer.outDir });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('plans/starter.yaml:43:5  error  weights-sum  Factor weights add up to 95, not 100');
    expect(failed.output).toContain('Nothing was built; dist/ is unchanged');
    expect(snapshot(customer.outDir)).toEqual(before);
  });

  it('ends a failed build with the summary and a hint, never a stack trace', () => {
    const failed = buildSite(fixtureRoot('weights-not-100'));
    const lines = failed.output.trim().split('\n');
    expect(lines.at(-2)).toMatch(/Nothing was built; dist\/ is unchanged\.$/);
    expect(lines.at(-1)).toMatch(/hint: Fix the errors above/);
    expect(failed.output).not.toMatch(/^\s+at\s.+:\d+:\d+\)?$/m);
    expect(failed.output).not.toMatch(/AstroUserError|Stack trace/);
  });

  it('says how to give Astro more memory when its heap runs out, and leaves the previous output as it was', () => {
    const before = snapshot(customer.outDir);
    const failed = buildSite(fixtureRoot('editions'), { outDir: customer.outDir, env: { NODE_OPTIONS: '--max-old-space-size=40' } });
    expect(failed.code).toBe(134);
    expect(failed.output).toContain('Astro ran out of JavaScript heap (NODE_OPTIONS=--max-old-space-size=40); give it more with NODE_OPTIONS=--max-old-space-size=<megabytes>.');
    expect(snapshot(customer.outDir)).toEqual(before);
  });

  it('publishes a page whose link leads to an anchor it does not have, as validation warns of it, and names it in the log', () => {
    const article = '# Set up SSO\n\nSee [the SCIM part](#scim) below.\n\n## Configure SAML\n';
    const built = buildSite(fixtureRootWith({ 'content/kb/Admin/SSO/set-up-sso.md': article }));
    expect(built.code, built.output.slice(-2000)).toBe(0);
    expect(built.output).toContain('warning: 1 link(s) to an anchor the page does not have (they open the page at its top):');
    expect(built.output).toContain('kb/admin/sso/set-up-sso/index.html: #scim');
    expect(listFiles(built.outDir)).toContain('kb/admin/sso/set-up-sso/index.html');
  });

  it('publishes a page with a link still written relative to it that leads nowhere, and names it in the log', () => {
    // An expression is the article's own code: neither checked nor rewritten before the build.
    const article = '---\ntitle: Plans ahead\n---\n\nRead <a href={"./welcome.md"}>the welcome</a> first.\n';
    const built = buildSite(fixtureRootWith({ 'content/kb/Getting started/First steps/plans-ahead.mdx': article }));
    expect(built.code, built.output.slice(-2000)).toBe(0);
    expect(built.output).toContain('warning: 1 link(s) still written as a path relative to their page, which leads to no page of the portal');
    expect(built.output).toContain('kb/getting-started/first-steps/plans-ahead/index.html: ./welcome.md');
  });

  it('fails on a broken internal link after the pages are built, and still leaves the previous output as it was', () => {
    const before = snapshot(customer.outDir);
    const failed = buildSite(fixtureRoot('broken-faq-link'), { outDir: customer.outDir });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('faq/index.html: /files/billing-terms.pdf (no such page)');
    expect(failed.output).toContain('dist/ is unchanged');
    expect(snapshot(customer.outDir)).toEqual(before);
  });
});

describe('astro build on its own', () => {
  let customer: BuildResult;
  beforeAll(() => {
    customer = buildSite(fixtureRoot('editions'), { via: 'astro' });
  });

  it('checks links, writes the search index and publishes, with every internal note left out', () => {
    expect(customer.code, customer.output).toBe(0);
    expect(customer.output).toContain('pages indexed for search; dist/ replaced');
    expect(listFiles(customer.outDir).some((file) => file.startsWith('pagefind/') && file.endsWith('.pf_meta'))).toBe(true);
    expect([...canariesIn(customer.outDir)]).toEqual([]);
  });

  it('refuses invalid content with the report and a hint, not a stack trace', () => {
    const failed = buildSite(fixtureRoot('weights-not-100'), { via: 'astro' });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('weights-sum');
    expect(failed.output.trim().split('\n').at(-1)).toMatch(/hint: Fix the errors above/);
    expect(failed.output).not.toMatch(/^\s+at\s.+:\d+:\d+\)?$/m);
  });

  it('fails on a broken internal link and leaves the previous output as it was', () => {
    const before = snapshot(customer.outDir);
    const failed = buildSite(fixtureRoot('broken-faq-link'), { outDir: customer.outDir, via: 'astro' });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('faq/index.html: /files/billing-terms.pdf (no such page)');
    expect(failed.output).toContain('dist/ is unchanged');
    expect(snapshot(customer.outDir)).toEqual(before);
  });
});
