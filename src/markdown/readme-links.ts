// ReadMe's links to its own pages name the kind of page as a scheme: "doc:slug#anchor" is a guide
// page (an article here, by its slug: readme-pages.ts); "ref:", "blog:", "changelog:" and "page:"
// are its API reference, blog, changelog and custom pages, which the portal does not have.

export type ReadmeLink =
  { kind: 'doc'; slug: string; anchor: string | undefined } | { kind: 'ref' | 'blog' | 'changelog' | 'page'; slug: string };

const README_LINK = /^(doc|ref|blog|changelog|page):([^#?\s/]*)(?:#(.*))?$/i;

/** What page a ReadMe link names, or undefined for any other address. */
export function readmeLink(href: string): ReadmeLink | undefined {
  const match = README_LINK.exec(href.trim());
  if (!match) return undefined;
  const kind = match[1]!.toLowerCase() as ReadmeLink['kind'];
  return kind === 'doc' ? { kind, slug: match[2]!, anchor: match[3] || undefined } : { kind, slug: match[2]! };
}

/** What a reader is told a link to a page the portal does not have led to. */
export const README_ELSEWHERE: Record<Exclude<ReadmeLink['kind'], 'doc'>, string> = {
  ref: 'the API reference',
  blog: 'the blog',
  changelog: 'the changelog',
  page: 'a custom page',
};
