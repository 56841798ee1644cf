// Addresses other docs tools' components write as the docs' own paths ("/essentials/settings",
// Starlight's "/guides/connect-a-warehouse/"): one that names an article leads to its page on the
// portal; any other address a link may have is kept, and "javascript:" is no link at all.
import { getEntry } from 'astro:content';
import { articleSlug } from '../lib/slugs.ts';
import { isLinkable } from '../schemas/common.ts';
import { href as portalHref } from './href.ts';

/** Where a card or button written with `address` leads on the portal; undefined when nowhere. */
export async function docsPathHref(address: string | undefined): Promise<string | undefined> {
  if (address === undefined) return undefined;
  const [path = '', anchor = ''] = address.split(/(?=#)/);
  const id = /^\/(?!\/)/.test(path) ? articleSlug(path.replace(/\?.*$/, '').replace(/^\/|\/$/g, '')) : undefined;
  const article = id ? await getEntry('kb', id) : undefined;
  if (article) return portalHref(`/kb/${article.id}/`) + anchor;
  return isLinkable(address) ? address : undefined;
}

/** The `rel` of a link to another site, as Markdown links to other sites get it (src/markdown/article-links.ts). */
export const relOf = (target: string | undefined) => (target !== undefined && /^https?:/i.test(target) ? 'noopener noreferrer' : undefined);
