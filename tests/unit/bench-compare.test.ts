// `npm run bench -- --compare` reports the median of its one-article rebuilds: one slow minute of
// the VM must neither make nor break the warm-rebuild ratio, and every rebuild is still shown.
import { describe, expect, it } from 'vitest';
import { medianRun, type Row } from '../../bench/compare.ts';

const run = (seconds: number, cpuSeconds: number): Row => ({
  pages: 451,
  seconds,
  cpuSeconds,
  peakMb: 600,
  pageSeconds: 0.5,
  imageSeconds: 0,
  imageFiles: 750,
  imageBytes: 17_000_000,
});

describe('medianRun', () => {
  it('reports the middle rebuild as a whole, not a mean, and keeps every time in the order they ran', () => {
    const slow = run(6.0, 6.3);
    const middle = run(2.9, 4.1);
    const fast = run(2.4, 3.7);
    const { median, seconds } = medianRun([slow, middle, fast]);
    expect(median).toBe(middle);
    expect(seconds).toEqual([6.0, 2.9, 2.4]);
  });
});
