// Docs written for Nextra dropped into content/kb (tests/fixtures/nextra-components): their MDX
// imports Nextra's components by name from 'nextra/components' (Nextra 3 and 4) or
// 'nextra-theme-docs' (Nextra 2), compound ones included (<Tabs.Tab>, <Cards.Card>,
// <FileTree.Folder>). It validates without a problem, builds, and shows each as its readers saw it.
import { describe, expect, it } from 'vitest';
import { builtExport } from '../helpers/export-fixture.ts';
import { articleBody, linksIn, visibleText } from '../helpers/page-text.ts';

const callouts = (html: string) =>
  [...html.matchAll(/<aside class="callout callout-(\w+)"[^>]*><p class="callout-title">([^<]+)/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );

describe('docs written for Nextra', () => {
  const site = builtExport('nextra-components');

  it('shows <Callout>s as callouts of their type', () => {
    expect(callouts(articleBody(site.build, 'guides/track-events'))).toEqual(['note Note', 'warning Warning']);
    expect(callouts(articleBody(site.build, 'guides/project-layout'))).toEqual(['caution Danger']);
  });

  it('numbers the headings inside <Steps>, and shows each <Tabs.Tab> under its item, in order', () => {
    const guide = articleBody(site.build, 'guides/track-events');
    const steps = /<div class="heading-steps">([\s\S]*?)<\/div>\s*<aside/.exec(guide)?.[1] ?? '';
    expect([...steps.matchAll(/<h3 id="([\w-]+)"/g)].map((match) => match[1])).toEqual(['name-the-event', 'send-it', 'check-it-arrived']);
    expect(visibleText(steps)).toMatch(/Browser harbourlight ?\. ?track.* Server curl https:\/\/api\.harbourlight\.example/);
  });

  it('shows a <FileTree> of folders and files as a nested list, and <Cards.Card>s leading to the article or the other site', () => {
    const layout = articleBody(site.build, 'guides/project-layout');
    expect(visibleText(/<div class="file-tree">([\s\S]*?)<\/div>/.exec(layout)?.[1] ?? '')).toBe(
      'harbourlight/ config.json events/ checkout.yaml',
    );
    expect(linksIn(layout)).toEqual(['/kb/guides/track-events/', 'https://status.harbourlight.example']);
  });
});
