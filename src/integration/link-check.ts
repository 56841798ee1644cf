// After pages are built and before anything is published: every internal link and anchor must
// lead somewhere. A broken one fails the build, naming the page and the link.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  reason: 'no such page' | 'no such anchor';
}

/** Checks links that start with `base` (and same-page anchors) in every HTML file of `siteFolder`. */
export function findBrokenLinks(siteFolder: string, base: string): BrokenLink[] {
  const prefix = base.replace(/\/?$/, '/');
  const pages = new Map<string, string>();
  const files = new Set<string>();
  for (const entry of readdirSync(siteFolder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(siteFolder, join(entry.parentPath, entry.name)).split(sep).join('/');
    files.add(path);
    if (path.endsWith('.html')) pages.set(path, readFileSync(join(siteFolder, path), 'utf8'));
  }
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    let found = ids.get(page);
    if (!found) ids.set(page, (found = new Set([...pages.get(page)!.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    if (page === '404.html') continue;
    for (const [, link] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      if (!link!.startsWith(prefix) && !link!.startsWith('#')) continue;
      const [path, anchor] = link!.split('#') as [string, string | undefined];
      let target = page;
      if (path !== '') {
        const inside = decodeURIComponent(path.slice(prefix.length).split('?')[0]!);
        target = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
        if (!files.has(target)) {
          broken.push({ page, link: link!, reason: 'no such page' });
          continue;
        }
      }
      if (anchor && target.endsWith('.html') && pages.has(target) && !idsOf(target).has(decodeURIComponent(anchor))) broken.push({ page, link: link!, reason: 'no such anchor' });
    }
  }
  return broken;
}
