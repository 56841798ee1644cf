// "Did you mean …?": the nearest candidate within a few typos, for keys, ids and the pages a broken link may have meant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/content/did-you-mean.ts';

/** Edit distance written plainly, the whole table: what closest's bounds must agree with. */
function plainDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return rows[a.length]![b.length]!;
}

/** The nearest candidate within a third of the longer text (at least two edits), the first of equals. */
function plainClosest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = plainDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d <= Math.max(2, Math.floor(Math.max(input.length, candidate.length) / 3)) && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

describe('closest', () => {
  it('suggests a known key for a misspelt one, and nothing for a word far from all', () => {
    const keys = ['title', 'description', 'tags', 'segments', 'order', 'updated', 'related', 'draft'];
    expect(closest('titel', keys)).toBe('title');
    expect(closest('Segmnts', keys)).toBe('segments');
    expect(closest('author', keys)).toBeUndefined();
  });

  it('suggests the page a broken link meant, in its folder or moved to another', () => {
    const pages = ['guides/settings', 'guides/sso', 'admin/billing/invoices', 'admin/members', 'text/shared/01/06130200'];
    expect(closest('guides/setings', pages)).toBe('guides/settings');
    expect(closest('billing/invoices', pages)).toBe('admin/billing/invoices');
    expect(closest('text/sbasic/guide/text/shared/01/06130200', pages)).toBeUndefined();
  });

  it('finds what comparing every candidate in full finds, among paths, words and letters outside ASCII', () => {
    const text = fc.stringMatching(/^[a-c/é-]{0,14}$/);
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 12 }), (input, candidates) => {
        expect(closest(input, candidates)).toBe(plainClosest(input, candidates));
      }),
      { numRuns: 2000 },
    );
  });
});
