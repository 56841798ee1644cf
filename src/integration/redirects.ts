// Old article addresses keep working: Astro writes a small meta-refresh page at each old path
// (its `redirects` setting; no script, so the strict CSP holds), and `_redirects` repeats them as
// real 301s for hosts that read that file (Netlify, Cloudflare Pages).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redirect } from '../content/redirects.ts';

/** Astro's `redirects` setting: old path → the article's page, with the base path the portal is served under. */
export function astroRedirects(redirects: readonly Redirect[], base: string): Record<string, string> {
  const prefix = base.replace(/\/?$/, '');
  return Object.fromEntries(redirects.map((redirect) => [redirect.from, onSite(prefix, redirect.to)]));
}

/** A path on the portal under its base path; an address elsewhere (an export's stub forwarded there) as it is. */
const onSite = (prefix: string, to: string) => (to.startsWith('/') ? prefix + to : to);

export function writeRedirectsFile(siteFolder: string, redirects: readonly Redirect[], base: string): void {
  if (redirects.length === 0) return;
  const prefix = base.replace(/\/?$/, '');
  // "/old/page" and "/old/page/" both; "/old/page.html" as it is.
  const lines = redirects.flatMap(({ from, to }) => (/\.[a-z0-9]+$/i.test(from) ? [from] : [from, `${from}/`]).map((path) => `${encodeURI(prefix + path)} ${to.startsWith('/') ? encodeURI(prefix + to) : to} 301`));
  writeFileSync(join(siteFolder, '_redirects'), `${lines.join('\n')}\n`);
}
