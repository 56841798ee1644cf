// Rebuilding with the content cache of an earlier build: an edited article shows its new text,
// an edited plan its new milestone name (the cache must never serve stale content).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, readText } from '../helpers/build.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

describe('a rebuild with a warm cache', () => {
  it('shows the edited article and plan, not the cached ones', () => {
    const root = fixtureRoot();
    const cache = mkdtempSync(join(tmpdir(), 'milepost-warm-cache-'));
    const env = { MILEPOST_CACHE_DIR: cache };
    const first = buildSite(root, { env });
    expect(first.code, first.output).toBe(0);
    expect(readText(first.outDir, 'kb/getting-started/first-steps/welcome/index.html')).toContain('Start with the');

    const article = join(root, 'content/kb/Getting started/First steps/welcome.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('Start with the', 'Begin your journey with the'));
    const plan = join(root, 'plans/starter.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('name: Weekly habit', 'name: Weekly ritual'));

    const second = buildSite(root, { env, outDir: first.outDir });
    expect(second.code, second.output).toBe(0);
    const html = readText(second.outDir, 'kb/getting-started/first-steps/welcome/index.html');
    expect(html).toContain('Begin your journey with the');
    expect(html).not.toContain('Start with the');
    expect(readText(second.outDir, 'plans/starter/index.html')).toContain('Weekly ritual');
  });
});
