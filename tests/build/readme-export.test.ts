// Docs exported from ReadMe dropped into content/kb (tests/fixtures/readme-export): its magic
// blocks, its "doc:slug" links and its frontmatter, as written by ReadMe. It validates with the
// warnings that are true of it, builds, and each page reads as it did on ReadMe; the page hidden
// there is not published.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { articleBody, linksIn, visibleText } from '../helpers/page-text.ts';

const root = `${FIXTURES}readme-export`;

const [text, prose, links] = [visibleText, articleBody, linksIn];

/** The callouts of a page: their look and title. */
const callouts = (html: string) =>
  [...html.matchAll(/<aside class="callout callout-(\w+)"[^>]*><p class="callout-title">([^<]+)<\/p>/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );

describe('docs exported from ReadMe', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(root);
  });

  it('validates with only the warnings that are true of it, and builds', () => {
    expect(validateRoot(root).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      'content/kb/Getting Started/warehouse-sync-beta.md:6:1 warning draft-article',
      'content/kb/Reports/funnels.md:50:1 warning readme-block',
      'content/kb/Reports/retention-cohorts.md:72:67 warning broken-link',
    ]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('leaves no block syntax or block JSON as text on any page', () => {
    const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(6);
    for (const page of pages) expect(text(readText(build.outDir, page)), page).not.toMatch(/\[\/?block|"(?:type|codes|images|data|html)":/);
  });

  it('shows callouts of each kind with their titles, ReadMe’s emoji callouts too', () => {
    expect(callouts(prose(build, 'getting-started/welcome-to-quillstat'))).toEqual(['note Free plan limits']);
    expect(callouts(prose(build, 'getting-started/install-the-tracker'))).toEqual(['tip Events are arriving', 'note Single-page apps']);
    expect(callouts(prose(build, 'reports/funnels'))).toEqual(['warning Large projects are sampled']);
    expect(callouts(prose(build, 'reports/share-a-dashboard'))).toEqual(['caution Anyone with the link can see the data']);
    expect(callouts(prose(build, 'account/roles-and-permissions'))).toEqual(['caution Danger']);
    expect(text(prose(build, 'account/roles-and-permissions'))).toContain('Danger A project always keeps at least one owner');
  });

  it('shows images with their captions below them', () => {
    const funnels = prose(build, 'reports/funnels');
    expect(funnels).toMatch(
      /<figure>\s*<p><img src="https:\/\/files\.readme\.io\/5b1f0e2-funnel-builder\.png" alt="The funnel builder with three steps: Signed up, Created project, Invited teammate\."[^>]*><\/p>\s*<figcaption>The funnel builder with three steps: <strong>Signed up<\/strong>/,
    );
    const retention = prose(build, 'reports/retention-cohorts');
    expect(retention).toContain('<figcaption>Each row is a cohort; each column a week after the start.</figcaption>');
    expect(retention).toMatch(/<img src="https:\/\/files\.readme\.io\/c7e2b44-retention-curve\.png" alt="retention-curve\.png"/);
  });

  it('shows parameters blocks as tables, a pipe and a line break inside a cell', () => {
    const install = prose(build, 'getting-started/install-the-tracker');
    expect([...install.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((match) => match[1])).toEqual(['Option', 'Type', 'What it does']);
    expect(install).toContain('<td><code>granted</code> | <code>pending</code></td>');
    expect(install).toContain('<td>Sends page views and clicks without extra code.<br>Defaults to <code>true</code>.</td>');
    const roles = prose(build, 'account/roles-and-permissions');
    expect(text(roles)).toContain(
      'Role Reports Dashboards Project settings Owner Create, edit, delete Create, edit, share All, billing included',
    );
  });

  it('shows code samples as code blocks under their names', () => {
    const install = prose(build, 'getting-started/install-the-tracker');
    expect(install).toMatch(/<p class="code-title">Script tag<\/p>\s*<pre[^>]*><code class="language-html">/);
    expect(install).toMatch(/<p class="code-title">npm<\/p>\s*<pre[^>]*><code class="language-shell">/);
    expect(text(install)).toContain('npm install @quillstat/tracker');
  });

  it('shows api-header blocks as section headings, in the table of contents', () => {
    const page = readText(build.outDir, 'kb/getting-started/welcome-to-quillstat/index.html');
    expect(prose(build, 'getting-started/welcome-to-quillstat')).toMatch(/<h2 id="what-quillstat-measures">What Quillstat measures/);
    expect(page).toContain('href="#your-first-week"');
  });

  it('plays the YouTube embed in a frame the policy allows and links the slides, never with the embed’s own HTML', () => {
    const welcome = prose(build, 'getting-started/welcome-to-quillstat');
    expect(welcome).toContain('<iframe src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE" title="A four-minute tour of Quillstat"');
    expect(welcome).not.toContain('embedly');
    expect(links(prose(build, 'reports/share-a-dashboard'))).toContain(
      'https://docs.google.com/presentation/d/e/2PACX-quillstat-sharing/pub',
    );
    expect(prose(build, 'reports/share-a-dashboard')).not.toContain('<iframe');
  });

  it('shows the html block without its script, inline style or handler', () => {
    const retention = prose(build, 'reports/retention-cohorts');
    expect(text(retention)).toContain('Dark blue: strong Light blue: typical Grey: check the event');
    expect(retention).not.toMatch(/<script|showHint|style=/);
  });

  it('leads doc: links to the migrated articles, anchors kept, and shows a link to the API reference as its text', () => {
    const pageLinks = (id: string) => links(prose(build, id)).filter((href) => !href.startsWith('#'));
    expect(pageLinks('getting-started/welcome-to-quillstat')).toEqual([
      '/kb/account/roles-and-permissions/',
      '/kb/getting-started/install-the-tracker/',
      '/kb/reports/funnels/',
      '/kb/reports/share-a-dashboard/',
    ]);
    expect(pageLinks('account/roles-and-permissions')).toEqual(['/kb/reports/share-a-dashboard/#public-links']);
    const retention = prose(build, 'reports/retention-cohorts');
    expect(text(retention)).toContain('use Export cohorts in the API reference');
    expect(pageLinks('reports/retention-cohorts')).toEqual(['/kb/reports/funnels/']);
  });

  it('uses the excerpt as the page’s description', () => {
    expect(readText(build.outDir, 'kb/reports/funnels/index.html')).toContain(
      '<meta name="description" content="See where people drop out between two or more steps, such as sign-up and first project.">',
    );
  });

  it('does not publish the page hidden in ReadMe', () => {
    expect(existsSync(join(build.outDir, 'kb/getting-started/warehouse-sync-beta/index.html'))).toBe(false);
    expect(readText(build.outDir, 'sitemap.xml')).not.toContain('warehouse');
    expect(text(readText(build.outDir, 'kb/getting-started/index.html'))).not.toContain('Warehouse sync');
  });
});
