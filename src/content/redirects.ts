// Old addresses of articles (frontmatter `aliases`, `redirectFrom`, `redirect_from`) that keep
// working after a migration: each redirects to the article's portal page. An old path starting
// with "/" is a path on this site; one without is relative to the article's folder page.
import { posix } from 'node:path';
import type { ContentIndex } from './content-index.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ParsedFile } from './parse-file.ts';
import type { PortalPages } from './portal-pages.ts';

export interface Redirect {
  /** The old path, root-relative, without a trailing slash: "/hc/en-us/articles/360001234567-Reset-password". */
  from: string;
  /** The article's page, root-relative: "/kb/administration/reset-your-password/". */
  to: string;
  file: string;
  /** The old path as written in the file. */
  written: string;
  /** For an export's redirect stub (redirect-stubs.ts), the article it leads to: no redirect where the edition leaves that article out. */
  article?: string;
}

/** The old addresses of the articles, and the redirects in place of an export's redirect stubs to the articles this content has. */
export function articleRedirects(content: Pick<ContentIndex, 'articles' | 'kbRedirects'>): Redirect[] {
  const ids = new Set(content.articles.map((article) => article.id));
  const stubs = content.kbRedirects.filter((redirect) => redirect.article === undefined || ids.has(redirect.article));
  return [...aliases(content.articles), ...stubs];
}

function aliases(articles: ContentIndex['articles']): Redirect[] {
  return articles.flatMap((article) => {
    const folder = `/kb/${article.id.split('/').slice(0, -1).join('/')}`;
    return article.data.redirects.map((written) => ({
      from: posix.normalize(written.startsWith('/') ? written : posix.join(folder, written)).replace(/(.)\/+$/, '$1'),
      to: `/kb/${article.id}/`,
      file: article.file,
      written,
    }));
  });
}

/** An old path must not be a page the portal has, or another article's old path. */
export function checkRedirects(content: ContentIndex, pages: PortalPages, byPath: ReadonlyMap<string, ParsedFile>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const claimed = new Map<string, string>();
  for (const redirect of articleRedirects(content)) {
    const at = () => {
      const raw = byPath.get(redirect.file)?.raw ?? {};
      const key = ['aliases', 'redirectFrom', 'redirect_from'].find((name) => [raw[name]].flat().includes(redirect.written)) ?? 'aliases';
      const list = [raw[key]].flat();
      const path = Array.isArray(raw[key]) ? [key, list.indexOf(redirect.written)] : [key];
      return { file: redirect.file, ...(byPath.get(redirect.file)?.source?.positionOf(path) ?? { line: 1, column: 1 }) };
    };
    const other = claimed.get(redirect.from);
    if (pages.lookup(redirect.from).page === 'found' || redirect.from === '/' || redirect.from === '/.') {
      diagnostics.push({ ...at(), severity: 'error', rule: 'redirect-path', message: `The old path "${redirect.written}" is a page of the portal; redirecting it would hide that page` });
    } else if (other && other !== redirect.to) {
      diagnostics.push({ ...at(), severity: 'error', rule: 'redirect-path', message: `The old path "${redirect.written}" already redirects to ${other}`, hint: 'Keep the old path on one article only.' });
    } else claimed.set(redirect.from, redirect.to);
  }
  return diagnostics;
}
