// sitemap.xml and robots.txt, written after the build from the pages Astro actually built, so
// the sitemap can never miss a page or list one that does not exist.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeXml } from '../lib/escape.ts';
import { isUnlistedPath } from '../lib/routes.ts';

/** `unlisted` pages (customer workspaces, team pages) are left out. */
export function writeSitemap(
  outDir: string,
  pathnames: readonly string[],
  site: string | undefined,
  base: string,
  unlisted: (path: string) => boolean = isUnlistedPath,
): void {
  const prefix = base.replace(/\/?$/, '/');
  const absolute = (path: string) => (site ? new URL(prefix + path.replace(/^\//, ''), site).href : prefix + path.replace(/^\//, ''));
  const pages = pathnames
    .map((path) => (path === '' ? '/' : `/${path.replace(/^\/|\/$/g, '')}/`.replace('//', '/')))
    .filter((path) => path !== '/404/' && path !== '/search/' && !unlisted(path))
    .sort();
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages.map((path) => `<url><loc>${escapeXml(absolute(path))}</loc></url>`).join('\n')}\n</urlset>\n`;
  writeFileSync(join(outDir, 'sitemap.xml'), xml);
  writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml')}\n`);
}
