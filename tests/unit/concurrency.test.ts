import { describe, expect, it } from 'vitest';
import { forEachAtMost, readAhead } from '../../src/lib/concurrency.ts';

describe('forEachAtMost', () => {
  it('starts every item in order, never more than the given number at once', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await forEachAtMost([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      started.push(item);
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, item % 2 ? 5 : 1));
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('does nothing for an empty list', async () => {
    let calls = 0;
    await forEachAtMost([], 4, async () => void calls++);
    expect(calls).toBe(0);
  });

  it('after a failure starts no more, and throws the first failure only once the work under way has ended', async () => {
    const ended: number[] = [];
    const work = forEachAtMost([1, 2, 3, 4, 5, 6], 3, async (item) => {
      if (item === 1) throw new Error('disk full');
      await new Promise((resolve) => setTimeout(resolve, 20));
      ended.push(item);
    });
    await expect(work).rejects.toThrow('disk full');
    // 2 and 3 were under way when 1 failed: they ended before the failure was thrown; 4–6 never started.
    expect(ended).toEqual([2, 3]);
  });
});

describe('readAhead', () => {
  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('yields every result in the order of the items, however the reads finish', async () => {
    const results: string[] = [];
    for await (const result of readAhead([30, 1, 20, 2, 10], 3, async (ms) => (await later(ms), `read ${ms}`))) results.push(result);
    expect(results).toEqual(['read 30', 'read 1', 'read 20', 'read 2', 'read 10']);
  });

  it('keeps the given number of reads under way, never more', async () => {
    let running = 0;
    let most = 0;
    const read = async (item: number) => {
      most = Math.max(most, ++running);
      await later(2);
      running--;
      return item;
    };
    const seen: number[] = [];
    for await (const item of readAhead([1, 2, 3, 4, 5, 6, 7, 8], 4, read)) {
      seen.push(item);
      await later(5); // the caller is slower than the reads: the next ones are ready when it asks
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(most).toBe(4);
  });

  it('passes on a failed read when its turn comes', async () => {
    const read = async (item: number) => {
      if (item === 2) throw new Error('unreadable page 2');
      return item;
    };
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of readAhead([1, 2, 3], 2, read)) seen.push(item);
      })(),
    ).rejects.toThrow('unreadable page 2');
    expect(seen).toEqual([1]);
  });
});
