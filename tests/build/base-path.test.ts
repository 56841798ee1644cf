// A portal deployed under a base path (/docs/): every internal link, asset and feed URL carries
// it, and the search engine is told to prefix its results with it.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { buildSite, listFiles, readText, type BuildResult } from '../helpers/build.ts';

describe('a build under MILEPOST_BASE=/docs/', () => {
  let build: BuildResult;
  let files: string[];
  beforeAll(() => {
    build = buildSite(fixtureRoot('base-path'), { env: { MILEPOST_BASE: '/docs/', MILEPOST_SITE: 'https://help.example.com' } });
    files = listFiles(build.outDir);
  });

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('links every page, asset and script under /docs/, and each link resolves', () => {
    const broken: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      for (const [, link] of readText(build.outDir, file).matchAll(/\s(?:href|src)="(\/[^"#]*)/g)) {
        if (!link!.startsWith('/docs/')) {
          broken.push(`${file}: ${link} (outside /docs/)`);
          continue;
        }
        const target = decodeURIComponent(link!.slice('/docs/'.length)).replace(/\/$/, '/index.html').replace(/^$/, 'index.html');
        if (!files.includes(target)) broken.push(`${file}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('tells the search code the base path and writes absolute URLs with it', () => {
    expect(readText(build.outDir, 'index.html')).toContain('data-base="/docs/"');
    expect(readText(build.outDir, 'sitemap.xml')).toContain('<loc>https://help.example.com/docs/plans/starter/</loc>');
    expect(readText(build.outDir, 'robots.txt')).toContain('Sitemap: https://help.example.com/docs/sitemap.xml');
    expect(readText(build.outDir, 'plans/starter/index.html')).toContain('<link rel="canonical" href="https://help.example.com/docs/plans/starter/">');
  });
});
