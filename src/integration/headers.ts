// `_headers` for hosts that read it (Netlify, Cloudflare Pages): the same Content Security
// Policy the pages carry in their <meta> (the union of every page's script and style hashes),
// plus the headers a <meta> cannot set. The policies are collected by the publish step, which
// reads every page anyway (src/integration/publish.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The <meta> policy sits in the head: only the start of a page is searched. */
const HEAD_CHARACTERS = 16 * 1024;

/** The Content Security Policy of every page, merged into one (directive → sources). */
export class SitePolicy {
  readonly #directives = new Map<string, Set<string>>();
  /** Most pages carry the same policy: each is merged once. */
  readonly #seen = new Set<string>();

  /** Adds a page's policy (pagePolicy). */
  add(policy: string | undefined): void {
    if (!policy || this.#seen.has(policy)) return;
    this.#seen.add(policy);
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = this.#directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      this.#directives.set(name, set);
    }
  }

  /** The merged policy, or undefined when no page had one. */
  merged(): string | undefined {
    if (this.#directives.size === 0) return undefined;
    return [...this.#directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  }
}

/** The Content Security Policy of a page's `<meta>`, if it has one. */
export const pagePolicy = (html: string): string | undefined =>
  /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html.slice(0, HEAD_CHARACTERS))?.[1];

/**
 * `unlisted`: paths of customer workspaces ("/academy/customers/*"). Hosts apply every rule that
 * matches, so their rule comes after "/*": its Referrer-Policy is the last one, and wins.
 */
export function writeHeaders(siteFolder: string, policy: string | undefined, unlisted: readonly string[] = []): void {
  const lines = [
    '/*',
    ...(policy ? [`  Content-Security-Policy: ${policy}`] : []),
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '  X-Frame-Options: DENY',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // Files articles link to, named by their content (src/site/attachments.ts).
    '/files/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    ...unlisted.flatMap((path) => [path, '  X-Robots-Tag: noindex, nofollow', '  Referrer-Policy: no-referrer', '']),
  ];
  writeFileSync(join(siteFolder, '_headers'), lines.join('\n'));
}
