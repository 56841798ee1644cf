// A Docusaurus site's docs dropped into content/kb (tests/fixtures/docusaurus-export): its MDX
// articles import the theme's Tabs, Admonition, Details, CodeBlock, Link and useBaseUrl, and a
// reader gets every tab, callout and code sample as plain HTML, under a base path too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';
import { builtExport } from '../helpers/export-fixture.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { articleBody, decodedEntities, linksIn, visibleText } from '../helpers/page-text.ts';

const root = `${FIXTURES}docusaurus-export`;

const [text, prose, links] = [visibleText, articleBody, linksIn];

describe('a Docusaurus export', () => {
  // A link written as HTML to the old site's chat script: shown as its text (see below).
  const site = builtExport('docusaurus-export', ['content/kb/dashboards/share-a-dashboard.mdx:13:328 warning url-scheme']);

  it('shows every tab, one after another, each under its label', () => {
    const page = text(prose(site.build, 'dashboards/create-a-dashboard'));
    expect(page).toMatch(
      /Web app Click New dashboard, name it, and add a first chart\. REST API Send a POST to \/v1\/dashboards with a name\. The response holds the new dashboard’s id\. Tidemark CLI Run tidemark dashboards create "Weekly signups"\./,
    );
    // Older sites name their tabs on <Tabs values={[…]}>.
    expect(text(prose(site.build, 'dashboards/share-a-dashboard'))).toMatch(
      /With a link Open Share and copy the read-only link\. By email Add addresses/,
    );
  });

  it('titles and orders folders by their _category_ file, and shows its description on the folder page', () => {
    const home = text(readText(site.build.outDir, 'kb/index.html'));
    // Their positions, 1 and 2: by the alphabet "Dashboards and sharing" would come first.
    expect(home).toMatch(/Events API.*Dashboards and sharing/);
    expect(text(readText(site.build.outDir, 'kb/dashboards/index.html'))).toContain(
      'Dashboards and sharing Build dashboards and share them with your team.',
    );
    expect(text(readText(site.build.outDir, 'kb/dashboards/share-a-dashboard/index.html'))).toContain(
      'Home Help articles Dashboards and sharing Share a dashboard',
    );
  });

  it('shows a "_" partial where an article includes it, and publishes no page of its own for it', () => {
    expect(text(prose(site.build, 'dashboards/share-a-dashboard'))).toContain(
      'A dashboard can be shared with up to 50 people on the Team plan',
    );
    expect(listFiles(site.build.outDir).filter((file) => file.includes('share-limits'))).toEqual([]);
  });

  it('leaves no Docusaurus import or component tag on the page', () => {
    for (const article of ['dashboards/create-a-dashboard', 'dashboards/share-a-dashboard', 'api/send-events']) {
      const html = prose(site.build, article);
      expect(html, article).not.toMatch(/<\/?(tabs|tabitem|admonition|codeblock)\b/i);
      expect(html, article).not.toMatch(/<\/?(Details|Link)\b/);
      expect(text(html), article).not.toMatch(/import \w+ from|@theme\/|<Tab/);
    }
  });

  it('shows an Admonition as the same titled callout as a ":::" block', () => {
    const callouts = (html: string) =>
      [...html.matchAll(/<aside class="(callout [^"]+)" role="note" aria-label="([^"]+)">([\s\S]*?)<\/aside>/g)].map((m) => [
        m[1],
        m[2],
        text(m[3]!),
      ]);
    expect(callouts(prose(site.build, 'dashboards/create-a-dashboard'))).toEqual([
      ['callout callout-warning', 'Private by default', 'Private by default A new dashboard is visible to you alone until you share it.'],
    ]);
    // Without a title, the kind's name; danger and info look like the ":::danger" and ":::info" blocks.
    expect(callouts(prose(site.build, 'api/send-events'))).toEqual([
      ['callout callout-caution', 'Danger', 'Danger Keep the key on your server: anyone holding it can send events as you.'],
      ['callout callout-note', 'Limits', 'Limits Up to 1,000 events a second per workspace.'],
    ]);
    expect(callouts(prose(site.build, 'intro'))[0]?.slice(0, 2)).toEqual(['callout callout-tip', 'Start here']);
  });

  it('opens Details and <details> with their summary', () => {
    expect(prose(site.build, 'dashboards/share-a-dashboard')).toMatch(
      /<details><summary>Who can see a shared dashboard\?<\/summary><p>Anyone with the link/,
    );
    expect(prose(site.build, 'dashboards/create-a-dashboard')).toMatch(/<details><summary>Can I copy a dashboard\?<\/summary>/);
  });

  it('shows a CodeBlock’s code as written, under its title, also one imported from a file', () => {
    const html = prose(site.build, 'api/send-events');
    const blocks = [...html.matchAll(/<p class="code-title">([^<]*)<\/p><pre[^>]*><code[^>]*>([^<]*)<\/code><\/pre>/g)].map((m) => [
      m[1],
      decodedEntities(m[2]!),
    ]);
    expect(blocks).toEqual([
      [
        'Send one event',
        `curl -X POST https://api.tidemark.example/v1/events \\\n-H "Authorization: Bearer $TIDEMARK_KEY" \\\n-d '{"name": "signup", "user": "u_42"}'`,
      ],
      ['track.js', readFileSync(`${root}/content/kb/api/examples/track.js`, 'utf8').trimEnd()],
    ]);
  });

  it('serves the files of the content’s own public/ folder (Docusaurus’s static/) where its pages link them', () => {
    expect(prose(site.build, 'intro')).toContain('src="/img/tidemark-logo.png"');
    expect(readFileSync(join(site.build.outDir, 'img/tidemark-logo.png'))).toEqual(
      readFileSync(join(root, 'public/img/tidemark-logo.png')),
    );
  });

  it('sends links to the old site’s /docs/ pages to the migrated articles (site.yaml kb.importedFrom: /docs/)', () => {
    // The old page's anchor is dropped: the migrated article has no such heading.
    expect(links(prose(site.build, 'intro'))).toEqual([
      '/kb/dashboards/create-a-dashboard/',
      '/kb/dashboards/share-a-dashboard/',
      '/kb/api/send-events/',
    ]);
  });

  it('makes a Link an ordinary link, useBaseUrl a path on the portal, and an <a> to another article’s file a link to its page', () => {
    // A Link to a script leads nowhere: the <a> has no address.
    // to="./create-a-dashboard.mdx" is resolved from the page's folder, as Docusaurus does.
    expect(links(prose(site.build, 'dashboards/share-a-dashboard'))).toEqual([
      '/kb/dashboards/create-a-dashboard/',
      '/kb/dashboards/create-a-dashboard/',
    ]);
    expect(prose(site.build, 'dashboards/share-a-dashboard')).not.toContain('javascript:');
    expect(text(prose(site.build, 'dashboards/share-a-dashboard'))).toContain('Questions go to the chat, or open the chat from any page.');
    expect(links(prose(site.build, 'api/send-events'))).toEqual(['/kb/dashboards/', '/kb/dashboards/share-a-dashboard/']);
  });
});

describe('a Docusaurus export under MILEPOST_BASE=/help/', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(root, { env: { MILEPOST_BASE: '/help/' } });
  });

  it('gives Link and useBaseUrl paths the base, as Docusaurus gives them its baseUrl', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(links(prose(build, 'dashboards/share-a-dashboard'))).toEqual([
      '/help/kb/dashboards/create-a-dashboard/',
      '/help/kb/dashboards/create-a-dashboard/',
    ]);
    expect(links(prose(build, 'api/send-events'))).toEqual(['/help/kb/dashboards/', '/help/kb/dashboards/share-a-dashboard/']);
  });
});
