// `npm run check-links`: checks the external links of the built site (dist/) over the network.
// Opt-in and never part of the tests: it needs the internet, which CI and tests do not have.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { forEachAtMost } from '../lib/concurrency.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, timeout: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '8' } } });

const links = new Map<string, Set<string>>();
for (const entry of readdirSync(values.dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  for (const [, url] of readFileSync(file, 'utf8').matchAll(/\shref="(https?:\/\/[^"]+)"/g)) {
    const pages = links.get(url!) ?? new Set<string>();
    pages.add(file.slice(values.dist.length + 1));
    links.set(url!, pages);
  }
}

async function check(url: string): Promise<string | undefined> {
  try {
    let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(Number(values.timeout)) });
    if (response.status === 405 || response.status === 403) response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(Number(values.timeout)) });
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).message;
  }
}

const broken: string[] = [];
await forEachAtMost([...links.keys()], Number(values.concurrency), async (url) => {
  const problem = await check(url);
  if (problem) broken.push(`${url}  ${problem}\n  on ${[...links.get(url)!].slice(0, 3).join(', ')}`);
});
console.log(broken.length > 0 ? broken.join('\n') : '');
console.log(`${links.size} external links checked, ${broken.length} broken`);
process.exitCode = broken.length > 0 ? 1 : 0;
