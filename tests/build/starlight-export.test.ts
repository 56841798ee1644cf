// Docs written for Astro Starlight dropped into content/kb (tests/fixtures/starlight-export): their
// MDX imports Starlight's components by name from '@astrojs/starlight/components', orders pages by
// `sidebar.order`, and links pages by the docs' own paths (site.yaml kb.importedFrom: /). It
// validates without a problem, builds, and shows each component as a reader of the old docs saw it.
import { describe, expect, it } from 'vitest';
import { readText } from '../helpers/build.ts';
import { builtExport } from '../helpers/export-fixture.ts';
import { articleBody, linksIn, visibleText } from '../helpers/page-text.ts';

describe('docs written for Starlight', () => {
  const site = builtExport('starlight-export');

  it('shows <Aside>s as callouts of their type, under their titles', () => {
    const callouts = [
      ...articleBody(site.build, 'guides/send-your-first-event').matchAll(
        /<aside class="callout callout-(\w+)"[^>]*><p class="callout-title">([^<]+)/g,
      ),
    ];
    expect(callouts.map((match) => `${match[1]} ${match[2]}`)).toEqual(['tip Before you start', 'caution Caution']);
  });

  it('shows every <TabItem> under its label, and the list inside <Steps> as numbered steps with their <Code> and image', () => {
    const guide = articleBody(site.build, 'guides/send-your-first-event');
    expect(visibleText(guide)).toMatch(/npm npm install @harbourlight\/browser pnpm pnpm add @harbourlight\/browser/);
    const steps = /<ol class="steps">([\s\S]*?)<\/ol>/.exec(guide)?.[1] ?? '';
    expect(steps.match(/<li>/g)).toHaveLength(3);
    // The code an `export const` of the article gives <Code>, escaped, under its title.
    expect(visibleText(steps)).toContain("src/export.js harbourlight.track('Report exported', { format: 'csv', });");
    expect(steps).toMatch(/<img[^>]+src="\/_astro\/live-view\.[^"]+"/);
  });

  it('leads <LinkCard>, <LinkButton> and links written as docs paths to the articles, and no "javascript:" anywhere', () => {
    expect(linksIn(articleBody(site.build, 'reference/project-files'))).toEqual([
      '/kb/guides/send-your-first-event/',
      'https://status.harbourlight.example',
    ]);
    expect(visibleText(articleBody(site.build, 'reference/project-files'))).toContain('Not a link');
    expect(linksIn(articleBody(site.build, 'guides/invite-your-team')).filter((link) => !link.startsWith('#'))).toEqual([
      '/kb/guides/send-your-first-event/#install-the-sdk',
    ]);
    expect(readText(site.build.outDir, 'kb/index.html')).toMatch(
      /<a class="doc-card" href="\/kb\/guides\/invite-your-team\/"><strong>Invite your team<\/strong><p>Give colleagues a seat/,
    );
    for (const page of ['kb/index.html', 'kb/reference/project-files/index.html'])
      expect(readText(site.build.outDir, page)).not.toContain('javascript:');
  });

  it('shows <FileTree> as its list, a <Badge> as its text, and nothing for an <Icon> but its label for screen readers', () => {
    const files = articleBody(site.build, 'reference/project-files');
    expect(visibleText(/<div class="file-tree">([\s\S]*?)<\/div>/.exec(files)?.[1] ?? '')).toBe(
      'harbourlight.config.ts the project key and region events/ checkout.yaml signup.yaml tracking-plan.md what each event means',
    );
    expect(files).toContain('<span class="badge">CLI 3.2</span>');
    expect(files).toContain('<span class="visually-hidden">Good to know</span>');
  });

  it('orders each folder by sidebar.order, and lists the articles of a category without sections on the help home', () => {
    const home = readText(site.build.outDir, 'kb/index.html');
    const listed = [...home.matchAll(/<li><a href="\/kb\/([^"]+)\/">/g)].map((match) => match[1]);
    expect(listed).toEqual([
      'guides/send-your-first-event',
      'guides/invite-your-team',
      'reference/project-files',
      'reference/keyboard-shortcuts',
    ]);
  });
});
