// `_headers` for hosts that read it (Netlify, Cloudflare Pages): the same Content Security
// Policy the pages carry in their <meta> (the union of every page's script and style hashes),
// plus the headers a <meta> cannot set.
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEAD_BYTES = 16 * 1024;

function headOf(file: string): string {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(file, 'r');
  try {
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** Merges the CSP of every built page into one policy (directive → sources). */
export function mergedPolicy(siteFolder: string): string | undefined {
  const directives = new Map<string, Set<string>>();
  for (const entry of readdirSync(siteFolder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(headOf(join(entry.parentPath, entry.name)))?.[1];
    if (!policy) continue;
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  if (directives.size === 0) return undefined;
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * `unlisted`: paths of customer workspaces ("/academy/customers/*"). Hosts apply every rule that
 * matches, so their rule comes after "/*": its Referrer-Policy is the last one, and wins.
 */
export function writeHeaders(siteFolder: string, unlisted: readonly string[] = []): void {
  const policy = mergedPolicy(siteFolder);
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
    ...unlisted.flatMap((path) => [path, '  X-Robots-Tag: noindex, nofollow', '  Referrer-Policy: no-referrer', '']),
  ];
  writeFileSync(join(siteFolder, '_headers'), lines.join('\n'));
}
