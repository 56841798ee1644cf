// Docs-tool repositories dropped into content/kb without edits (tests/fixtures/gitbook-export,
// mkdocs-export, myst-export, vitepress-export, docsify-export, nextra-export): each validates
// without a problem, builds, and shows their blocks (hints, admonitions, tabs, embeds, files) as a
// reader expects, with none of their syntax left as text, and their pages in the order of the
// tool's navigation file (SUMMARY.md, .pages, _sidebar.md, _meta).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';
import { builtExport } from '../helpers/export-fixture.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { articleBody, linksIn, listedArticles, pagerLinks, visibleText } from '../helpers/page-text.ts';

const [text, links] = [visibleText, linksIn];
const prose = (build: BuildResult, path: string) => articleBody(build, path.replace(/^kb\/|\/index\.html$/g, ''));
const pages = (build: BuildResult) => listFiles(build.outDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

describe('a GitBook space', () => {
  const root = `${FIXTURES}gitbook-export`;
  // One true warning: a link GitBook exported as "broken-reference".
  const site = builtExport('gitbook-export', ['content/kb/integrations/warehouses/bigquery.md:9:40 warning broken-link']);

  it('shows a link GitBook exported as "broken-reference" as its text', () => {
    const bigquery = prose(site.build, 'kb/integrations/warehouses/bigquery/index.html');
    expect(text(bigquery)).toContain('For Redshift, see the Redshift guide.');
    expect(links(bigquery)).toEqual([]);
  });

  it('reads README.md as its folder’s introduction and SUMMARY.md as the order of pages, publishing neither as an article', () => {
    expect(text(readText(site.build.outDir, 'kb/index.html'))).toMatch(
      /Welcome to Tidemark Everything you need to get Tidemark Analytics running for your team\. Tidemark turns your product events into dashboards.* Info New here\?/,
    );
    expect(text(readText(site.build.outDir, 'kb/getting-started/index.html'))).toContain('Set up tracking, invite your team');
    expect(pages(site.build).filter((file) => /readme|summary/i.test(file))).toEqual([]);
    // SUMMARY.md's order; the alphabet would put "Build your first dashboard" first.
    expect(text(readText(site.build.outDir, 'kb/getting-started/index.html'))).toMatch(
      /Quickstart.*Invite your team.*Build your first dashboard/,
    );
  });

  it('shows hints as callouts, every tab under its title, and a YouTube embed with its caption', () => {
    const quickstart = prose(site.build, 'kb/getting-started/quickstart/index.html');
    expect(quickstart).toContain(
      '<aside class="callout callout-warning" role="note" aria-label="Warning"><p class="callout-title">Warning</p><p>You need the <strong>Admin</strong> role',
    );
    expect(text(quickstart)).toMatch(/npm npm install @tidemark\/browser Then call .* Script tag Paste this into the <head> of every page/);
    expect(quickstart).toContain(
      '<iframe src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE" title="The two-minute walkthrough of Live view"',
    );
    expect(quickstart).toContain('<aside class="callout callout-tip"');
  });

  it('shows the images of .gitbook/assets, names with spaces and brackets included', () => {
    const sources = [...prose(site.build, 'kb/getting-started/quickstart/index.html').matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map(
      (match) => match[1]!,
    );
    expect(sources).toHaveLength(2);
    for (const src of sources) expect(existsSync(join(site.build.outDir, decodeURIComponent(src))), src).toBe(true);
  });

  it('links a file block to the published file, byte for byte', () => {
    const href = links(prose(site.build, 'kb/getting-started/invite-your-team/index.html')).find((link) =>
      link.endsWith('/invite-template.csv'),
    );
    expect(href).toMatch(/^\/files\/[0-9a-f]{16}\/invite-template\.csv$/);
    expect(readFileSync(join(site.build.outDir, href!))).toEqual(
      readFileSync(join(root, 'content/kb/.gitbook/assets/invite-template.csv')),
    );
  });

  it('leaves no GitBook tag on any page', () => {
    for (const file of pages(site.build)) expect(text(readText(site.build.outDir, file)), file).not.toMatch(/\{%|%\}/);
  });
});

describe('an MkDocs docs folder', () => {
  // One true warning: the README.md for GitHub readers beside index.md, which MkDocs leaves out too.
  const site = builtExport('mkdocs-export', ['content/kb/README.md:1:1 warning folder-index-set-aside']);

  it('opens on its index.md, publishing the README.md beside it nowhere', () => {
    expect(text(readText(site.build.outDir, 'kb/index.html'))).toContain('Product analytics your whole team reads.');
    for (const file of pages(site.build)) expect(text(readText(site.build.outDir, file)), file).not.toContain('mkdocs serve');
  });

  it('shows admonitions as callouts under their titles, collapsible ones and pymdownx blocks included', () => {
    const installation = prose(site.build, 'kb/getting-started/installation/index.html');
    expect(installation).toContain('aria-label="Note"><p class="callout-title">Note</p><p>You need a workspace <strong>admin</strong>');
    expect(installation).toContain(
      'aria-label="Does it work with single-page apps?"><p class="callout-title">Does it work with single-page apps?</p>',
    );
    expect(installation).toContain('<aside class="callout callout-warning" role="note" aria-label="Ad blockers">');
    expect(prose(site.build, 'kb/admin/members/index.html')).toContain(
      'aria-label="Seats"><p class="callout-title">Seats</p><p>Every member counts as a seat',
    );
    expect(text(prose(site.build, 'kb/admin/members/index.html'))).toMatch(
      /Inviting a contractor Give them the Viewer role and an expiry date: Open Settings → Members\. Click Invite and set Expires\./,
    );
  });

  it('shows content tabs as code under their titles, and links into an admonition’s neighbour page by anchor', () => {
    const installation = prose(site.build, 'kb/getting-started/installation/index.html');
    expect(text(installation)).toMatch(/npm npm install @tidemark\/browser yarn yarn add @tidemark\/browser/);
    expect(links(installation)).toContain('/kb/admin/sso/#custom-domain');
    expect(prose(site.build, 'kb/admin/sso/index.html')).toContain('<h2 id="custom-domain">');
    // Its title heading's anchor, as GitHub and MkDocs make it, is the page's title.
    expect(links(installation)).toContain('/kb/admin/sso/#single-sign-on');
    expect(readText(site.build.outDir, 'kb/admin/sso/index.html')).toMatch(/<h1 id="single-sign-on"[^>]*>Single sign-on<\/h1>/);
  });

  it('lists a folder’s pages in the order of its .pages file', () => {
    // admin/.pages: sso.md, then the rest; the alphabet would put "Members and roles" first.
    expect(listedArticles(readText(site.build.outDir, 'kb/admin/index.html'))).toEqual(['Single sign-on', 'Members and roles']);
    expect(pagerLinks(readText(site.build.outDir, 'kb/admin/sso/index.html'))).toEqual(['Members and roles →']);
  });

  it('sizes an image by its attribute list, and shows no attribute list, abbreviation or admonition marker as text', () => {
    const sso = prose(site.build, 'kb/admin/sso/index.html');
    expect(sso).toMatch(/<img[^>]*\swidth="320"/);
    for (const file of pages(site.build))
      expect(text(readText(site.build.outDir, file)), file).not.toMatch(/!!!|\?\?\?|===|\{ *[.#\w-]+=?|\*\[/);
  });
});

describe('Sphinx docs in MyST Markdown', () => {
  const site = builtExport('myst-export');

  it('shows directives as titled callouts, code blocks and a figure with its alt text and caption', () => {
    const sampling = prose(site.build, 'kb/user-guide/sampling/index.html');
    const callouts = [...sampling.matchAll(/<aside class="callout callout-(\w+)"[^>]*><p class="callout-title">([^<]+)/g)];
    expect(callouts.map((match) => `${match[1]} ${match[2]}`)).toEqual(['note Note', 'warning Dropped events are gone', 'tip Tip']);
    expect(text(sampling)).toMatch(/Dropped events are gone A dropped event .* sampling ?: page_view ?: 0\.25 Tip/);
    expect(sampling).toMatch(/<code class="language-python">collector<span[^>]*>\.<\/span>sample/);
    expect(sampling).toMatch(/<img alt="The sampling slider in Settings"[^>]*src="\/_astro\/sampling\.[^"]+"/);
    const retention = prose(site.build, 'kb/user-guide/retention/index.html');
    expect(text(retention)).toMatch(/Longer retention The Enterprise plan .* See also Configure sampling, to send fewer events\./);
  });

  it('leads {doc} roles to the pages, shows other roles as their text, and leaves no MyST syntax on any page', () => {
    expect(links(prose(site.build, 'kb/user-guide/sampling/index.html')).filter((link) => !link.startsWith('#'))).toEqual([
      '/kb/user-guide/retention/',
    ]);
    expect(text(prose(site.build, 'kb/user-guide/sampling/index.html'))).toContain('Press Ctrl+S to save, then Apply.');
    for (const file of pages(site.build))
      expect(text(readText(site.build.outDir, file)), file).not.toMatch(/\{[\w-]+\}|:class:|:alt:|:linenos:|maxdepth|\(sampling\)=/);
  });
});

describe('VitePress docs', () => {
  // One true warning: the Vue <script setup> is left out.
  const site = builtExport('vitepress-export', ['content/kb/guide/getting-started.md:31:1 warning raw-html']);

  it('shows a code group as tabs under their labels, details that open under their title, containers as callouts and <Badge> as a badge', () => {
    const start = prose(site.build, 'kb/guide/getting-started/index.html');
    expect(text(start)).toMatch(/npm npm add -D @harbourlight\/collector pnpm pnpm add -D @harbourlight\/collector/);
    expect(start).toMatch(/<details class="accordion">\s*<summary>Why a collector\?<\/summary>/);
    expect(start).toContain('<span class="badge">v2.1</span>');
    expect(start).toContain('aria-label="Restart your dev server"');
    const faq = prose(site.build, 'kb/guide/faq/index.html');
    expect(
      [...faq.matchAll(/<aside class="callout callout-(\w+)"[^>]*aria-label="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`),
    ).toEqual(['note Does the collector slow my app down?', 'caution Never ship your secret key']);
    expect(faq).toContain('<summary>How do I turn it off in tests?</summary>');
  });

  it('leads links from the docs’ root (/guide/getting-started, as VitePress writes them) to their pages', () => {
    expect(links(prose(site.build, 'kb/guide/faq/index.html'))).toEqual(['/kb/guide/getting-started/', '/kb/guide/']);
  });

  it('titles the help home by the hero of its layout: home index, with its tagline under the title', () => {
    expect(text(readText(site.build.outDir, 'kb/index.html'))).toContain(
      'Help articles Harbourlight Send events, build funnels, share dashboards. Guide',
    );
  });

  it('leaves no container, script or code-group label on any page', () => {
    for (const file of pages(site.build)) {
      const html = readText(site.build.outDir, file);
      expect(text(html), file).not.toMatch(/:::|\[npm\]|useData/);
      if (file.startsWith('kb/')) expect(/<div class="prose"[\s\S]*?<\/main>/.exec(html)?.[0] ?? '', file).not.toMatch(/<script/);
    }
  });
});

describe('a Docsify docs folder', () => {
  const root = `${FIXTURES}docsify-export`;
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(root);
  });

  it('validates without a problem, and builds, with _sidebar.md, _coverpage.md and the index.html app page not published', () => {
    expect(validateRoot(root).diagnostics).toEqual([]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(pages(build).filter((file) => /sidebar|coverpage/.test(file))).toEqual([]);
    // README.md, not Docsify's app page beside it, introduces the help home.
    expect(text(readText(build.outDir, 'kb/index.html'))).not.toContain('Tidemark Docs Help articles');
    expect(
      pages(build)
        .filter((file) => file.startsWith('kb/'))
        .sort(),
    ).toEqual(['kb/events-not-arriving/index.html', 'kb/index.html', 'kb/install/index.html', 'kb/security/index.html']);
  });

  it('shows "?>" paragraphs as tips and "!>" ones as warnings, and links with Docsify’s options as plain links', () => {
    expect(prose(build, 'kb/install/index.html')).toContain(
      '<aside class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title">Tip</p><p>The collector works in every browser',
    );
    expect(prose(build, 'kb/security/index.html')).toMatch(
      /<aside class="callout callout-warning"[^>]*><p class="callout-title">Warning<\/p><p>Never put your <strong>secret key<\/strong>/,
    );
    expect(links(prose(build, 'kb/install/index.html'))).toEqual(['/kb/security/']);
    expect(readText(build.outDir, 'kb/index.html')).toMatch(/<a href="\/kb\/security\/">keep secrets safe<\/a>/);
    for (const file of pages(build)) expect(text(readText(build.outDir, file)), file).not.toMatch(/[?!]>|:target|:ignore/);
  });
  it('lists the pages in the order of _sidebar.md, on the help home and in their previous and next links', () => {
    // The alphabet would put "Events are not arriving" first.
    expect(listedArticles(readText(build.outDir, 'kb/index.html'))).toEqual([
      'Install the collector',
      'Keep secrets safe',
      'Events are not arriving',
    ]);
    expect(pagerLinks(readText(build.outDir, 'kb/install/index.html'))).toEqual(['Keep secrets safe →']);
    expect(pagerLinks(readText(build.outDir, 'kb/security/index.html'))).toEqual(['← Install the collector', 'Events are not arriving →']);
    expect(pagerLinks(readText(build.outDir, 'kb/events-not-arriving/index.html'))).toEqual(['← Keep secrets safe']);
  });
});

describe('Nextra docs', () => {
  const root = `${FIXTURES}nextra-export`;
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(root);
  });

  it('validates without a problem, and builds, with no _meta file published', () => {
    expect(validateRoot(root).diagnostics).toEqual([]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(listFiles(build.outDir).filter((file) => !file.startsWith('pagefind/') && /_meta/.test(file))).toEqual([]);
  });

  it('titles and orders the folders by their parent’s _meta.json', () => {
    // "API reference" has no index page: its title is the _meta's; by the alphabet "Api" would come first.
    const home = text(readText(build.outDir, 'kb/index.html'));
    expect(home).toMatch(
      /Guides 2 articles Track your first events Archive old events API reference 2 articles Rate limits and quotas Export events/,
    );
    expect(text(readText(build.outDir, 'kb/api/export-events/index.html'))).toContain('Home Help articles API reference Export events');
  });

  it('orders a folder’s pages by its _meta.json or _meta.js, a hidden page published last', () => {
    expect(listedArticles(readText(build.outDir, 'kb/guides/index.html'))).toEqual(['Track your first events', 'Archive old events']);
    expect(pagerLinks(readText(build.outDir, 'kb/guides/archive-events/index.html'))).toEqual(['← Track your first events']);
    expect(listedArticles(readText(build.outDir, 'kb/api/index.html'))).toEqual(['Rate limits and quotas', 'Export events']);
    expect(pagerLinks(readText(build.outDir, 'kb/api/rate-limits/index.html'))).toEqual(['Export events →']);
  });

  it('titles a page with neither a title nor a heading by its _meta entry', () => {
    expect(readText(build.outDir, 'kb/api/rate-limits/index.html')).toMatch(/<h1[^>]*>Rate limits and quotas<\/h1>/);
  });
});
