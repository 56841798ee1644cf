// Links between articles written as relative file paths ("../Single%20sign-on/scim.md#setup"),
// as a help-center export has them, rewritten to the article's portal URL; outside links get
// rel="noopener noreferrer".
import { defineHastPlugin } from 'satteri';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { articleSlug } from '../lib/slugs.ts';

const KB = '/content/kb/';

/** The portal URL of a relative .md/.mdx link inside the article at `filePath`, or undefined. */
export function articleHref(filePath: string, href: string, base: string): string | undefined {
  const match = /^([^?#]+\.mdx?)(#.*)?$/i.exec(href);
  if (!match || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) return undefined;
  const normalised = filePath.split('\\').join('/');
  const kbIndex = normalised.lastIndexOf(KB);
  if (kbIndex === -1) return undefined;
  const folder = posix.dirname(normalised.slice(kbIndex + KB.length));
  let target: string;
  try {
    target = posix.normalize(posix.join(folder, decodeURIComponent(match[1]!)));
  } catch {
    return undefined;
  }
  return `${base.replace(/\/?$/, '/')}kb/${articleSlug(target)}/${match[2] ?? ''}`;
}

export function articleLinks(base: string) {
  return defineHastPlugin({
    name: 'milepost-article-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = String(node.properties?.href ?? '');
        if (/^https?:/i.test(href)) {
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
          return;
        }
        const rewritten = ctx.fileURL ? articleHref(fileURLToPath(ctx.fileURL), href, base) : undefined;
        if (rewritten) ctx.setProperty(node, 'href', rewritten);
      },
    },
  });
}
