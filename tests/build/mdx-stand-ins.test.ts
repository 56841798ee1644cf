// MDX articles as their old site wrote them (tests/fixtures/mdx-old-site-components): components
// imported from a theme, a module of the old project, a missing React file, or used without an
// import as the old site's global components were; and MDX 1's HTML comments and open void
// elements. Astro's build stopped on the first of each; now the components are named by a warning
// where they are written, and the pages build with the text written inside the tags.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/content/validate.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { articleBody, visibleText } from '../helpers/page-text.ts';

const root = `${FIXTURES}mdx-old-site-components`;

describe('components an article imports from its old site', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(root);
  });

  it('are warnings at their imports, not errors, and the site builds', () => {
    const found = validateRoot(root).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(found).toEqual([
      ...[6, 7, 8].map((line) => `content/kb/guides/events-api.mdx:${line}:1 warning mdx-import`),
      'content/kb/guides/events-api.mdx:18:1 warning mdx-component',
    ]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('show the text written inside their tags, Markdown included, beside the components the portal has', () => {
    const page = articleBody(build, 'guides/events-api');
    expect(visibleText(page)).toBe(
      'Create a key under Settings → API keys first. Lists the events of a project, newest first. Beta How many events to return, at most 1,000. The API keys page, with one key named CI export. curl Send the key in the Authorization header.',
    );
    expect(page).toContain('<strong>CI export</strong>');
  });

  it('reads MDX 1: HTML comments are left out, <br> and <img> left open are shown, code keeps them as text', () => {
    const page = articleBody(build, 'guides/rotate-a-key');
    expect(page).toContain('Create the new key first<br/>then delete the old one.');
    expect(page).toMatch(
      /<img src="https:\/\/cdn\.harbourlight\.example\/docs\/rotate-key\.png" alt="The API keys page with two keys"\/?>/,
    );
    expect(page).toContain('<code>&lt;br&gt;</code>');
    expect(visibleText(page)).not.toMatch(/TODO|Docusaurus 2/);
  });
});
