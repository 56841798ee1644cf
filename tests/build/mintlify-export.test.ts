// Docs written for Mintlify dropped into content/kb (tests/fixtures/mintlify-export): their MDX
// uses Mintlify's components without importing them, and links pages by the docs' own paths
// (site.yaml kb.importedFrom: /). It validates without a problem, builds, shows each component
// as a reader of the old docs saw it, and lists the pages in the order of its mint.json.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readText } from '../helpers/build.ts';
import { builtExport } from '../helpers/export-fixture.ts';
import { articleBody, linksIn, listedArticles, pagerLinks, visibleText } from '../helpers/page-text.ts';

const [text, prose, links] = [visibleText, articleBody, linksIn];

describe('docs written for Mintlify', () => {
  const site = builtExport('mintlify-export');

  it('shows <Note>, <Tip>, <Warning>, <Info>, <Check> and <Danger> as titled callouts', () => {
    const looks = (html: string) =>
      [...html.matchAll(/<aside class="callout callout-(\w+)"[^>]*><p class="callout-title">([^<]+)<\/p>/g)].map(
        (match) => `${match[1]} ${match[2]}`,
      );
    expect(looks(prose(site.build, 'quickstart'))).toEqual(['note Note', 'tip Tip']);
    expect(looks(prose(site.build, 'essentials/settings'))).toEqual(['warning Warning', 'tip Success', 'note Info', 'caution Danger']);
  });

  it('numbers <Steps> under their titles, with the code of a <CodeGroup> inside', () => {
    const quickstart = prose(site.build, 'quickstart');
    expect(quickstart).toMatch(/<ol class="steps"><li class="step"><p class="step-title">Create a tracking key<\/p>/);
    expect(text(quickstart)).toMatch(/Install the SDK npm install @tidemark\/browser yarn add @tidemark\/browser Check Live view/);
  });

  it('shows every <Tab> under its title, and <Accordion>s that open', () => {
    const settings = prose(site.build, 'essentials/settings');
    expect(text(settings)).toMatch(/General The workspace name .* Data retention Raw events are kept/);
    expect(settings).toContain('<details class="accordion"><summary>Can I rename a workspace?</summary>');
    expect(settings).toMatch(/<figure class="frame">[\s\S]*<img[^>]+>[\s\S]*<figcaption>The settings page<\/figcaption><\/figure>/);
  });

  it('shows images written from the docs’ root (/images/…), in Markdown, MDX and MDX’s <img>, as images beside the article', () => {
    for (const article of ['essentials/settings', 'essentials/members', 'quickstart']) {
      const sources = [...prose(site.build, article).matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
      expect(sources, article).toHaveLength(1);
      expect(sources[0], article).toMatch(/^\/_astro\//);
      expect(existsSync(join(site.build.outDir, sources[0]!)), article).toBe(true);
    }
    // The width the <img> gives is kept, the height in proportion (800 × 500 file).
    expect(prose(site.build, 'quickstart')).toMatch(/<img[^>]*\swidth="400"[^>]*\sheight="250"/);
  });

  it('sends <Card> and Markdown links by the docs’ own paths to the articles there', () => {
    const introduction = prose(site.build, 'introduction');
    // A card whose address is a script is no link.
    expect(introduction).not.toContain('javascript:');
    expect(links(introduction)).toEqual([
      '/kb/essentials/settings/#members',
      '/kb/quickstart/',
      '/kb/essentials/settings/',
      'https://status.tidemark.example',
    ]);
    expect(links(prose(site.build, 'essentials/members'))).toEqual(['/kb/essentials/settings/']);
  });

  it('lists the pages in the order of mint.json’s navigation, with previous and next links to match, and publishes no mint.json', () => {
    // mint.json lists settings before members; by the alphabet "Members and roles" would come first.
    expect(listedArticles(readText(site.build.outDir, 'kb/essentials/index.html'))).toEqual(['Workspace settings', 'Members and roles']);
    expect(text(readText(site.build.outDir, 'kb/index.html'))).toMatch(/Essentials 2 articles Workspace settings Members and roles/);
    expect(pagerLinks(readText(site.build.outDir, 'kb/essentials/settings/index.html'))).toEqual(['Members and roles →']);
    expect(pagerLinks(readText(site.build.outDir, 'kb/essentials/members/index.html'))).toEqual(['← Workspace settings']);
    expect(listFiles(site.build.outDir).filter((file) => file.includes('mint'))).toEqual([]);
  });
});
