// A portal offers what its content has: a filter with nothing to choose between is not shown,
// and no page exists for it (a help center with no courses at all: help-center-imports.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

describe('a portal whose customers are all one segment', () => {
  let build: BuildResult;
  beforeAll(() => {
    const root = fixtureRoot();
    const site = join(root, 'content/site.yaml');
    // Only the first segment (smb, the plan's) stays.
    writeFileSync(site, readFileSync(site, 'utf8').replace(/\n  - id: enterprise\n[\s\S]*?(?=\n\S|$)/, ''));
    build = buildSite(root);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('offers the format filter on the training page, but no "For" filter with a single choice', () => {
    const training = readText(build.outDir, 'training/index.html');
    expect(training).toContain('aria-labelledby="filter-format"');
    expect(training).not.toContain('aria-labelledby="filter-segment"');
    expect(training).not.toMatch(/>Everyone<\/a>/);
  });

  it('builds no segment filter pages, and still a page per format', () => {
    const pages = listFiles(build.outDir);
    expect(pages.filter((page) => page.startsWith('training/segment/'))).toEqual([]);
    expect(pages).toContain('training/format/webinar/index.html');
  });
});
