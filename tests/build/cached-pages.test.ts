// A rebuild links the last build's pages from Astro's cache into its output instead of copying them
// (src/integration/cached-pages.ts), so dist/ and the cache share files: neither may ever change
// the other. A page removed since stays out, a page edited in dist/ by hand is made again, and a
// rebuild that fails leaves the published pages as they were, byte for byte.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles } from '../helpers/build.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';

const SECTION = 'content/kb/Getting started/First steps';
const page = (slug: string) => `kb/getting-started/first-steps/${slug}/index.html`;

describe('a rebuild with the last build’s pages linked in', () => {
  let root: string;
  let env: Record<string, string>;
  let outDir: string;

  const build = () => buildSite(root, { env, outDir });
  const contents = () => new Map(listFiles(outDir).map((file) => [file, readFileSync(join(outDir, file)).toString('base64')]));
  /** Whether the published page shares its file with another (the build cache's copy). */
  const linked = (file: string) => statSync(join(outDir, file)).nlink > 1;

  beforeAll(() => {
    root = fixtureRoot('section-of-three');
    writeFileSync(join(root, SECTION, 'release-notes.md'), '---\ntitle: Release notes\n---\n\nWhat changed in Brightline this month.\n');
    env = { MILEPOST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'milepost-linked-cache-')) };
    outDir = mkdtempSync(join(tmpdir(), 'milepost-linked-dist-'));
    for (const run of ['cold', 'warm']) {
      const built = build();
      expect(built.code, `${run}: ${built.output}`).toBe(0);
    }
    expect(linked(page('welcome'))).toBe(true);
  });

  it('leaves out the page of an article removed since the last build', () => {
    rmSync(join(root, SECTION, 'release-notes.md'));
    const built = build();
    expect(built.code, built.output).toBe(0);
    expect(listFiles(outDir)).not.toContain(page('release-notes'));
    expect(listFiles(outDir)).toContain(page('welcome'));
  });

  it('makes a page again that something edited in dist/ in place, rather than publish the edit', () => {
    expect(build().code).toBe(0);
    expect(linked(page('connect-data'))).toBe(true);
    const made = readFileSync(join(outDir, page('connect-data')), 'utf8');
    appendFileSync(join(outDir, page('connect-data')), '<!-- added by a deploy step -->');
    const built = build();
    expect(built.code, built.output).toBe(0);
    expect(readFileSync(join(outDir, page('connect-data')), 'utf8')).toBe(made);
    // And the build after copies it again, as Astro made it.
    expect(build().code).toBe(0);
    expect(readFileSync(join(outDir, page('connect-data')), 'utf8')).toBe(made);
  });

  it('leaves every published page as it was, byte for byte, when a rebuild fails after rendering an edited page', () => {
    const before = contents();
    const welcome = join(root, SECTION, 'welcome.md');
    writeFileSync(welcome, readFileSync(welcome, 'utf8').replace('Start with the', 'Begin with the'));
    // A link the publish step finds broken once every page is written.
    cpSync(join(FIXTURES, 'broken-faq-link'), root, { recursive: true });
    const failed = build();
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('dist/ is unchanged');
    expect(failed.output).toMatch(new RegExp(`${page('welcome')}(?! \\((?:restored|cached)\\))`));
    expect(contents()).toEqual(before);
    expect(readFileSync(join(outDir, page('welcome')), 'utf8')).toContain('Start with the');
  });
});
