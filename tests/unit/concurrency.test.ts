import { describe, expect, it } from 'vitest';
import { forEachAtMost } from '../../src/lib/concurrency.ts';

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
});
