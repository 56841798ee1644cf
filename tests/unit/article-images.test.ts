import { describe, expect, it } from 'vitest';
import { articleImageWidths } from '../../src/site/article-images.ts';

describe('articleImageWidths', () => {
  it('offers a wide screenshot at the column width and twice it', () => {
    expect(articleImageWidths(2400)).toEqual([760, 1520]);
  });

  it('never offers an image wider than it is, and no width close to a larger one', () => {
    expect(articleImageWidths(1200)).toEqual([760, 1200]);
    expect(articleImageWidths(1500)).toEqual([760, 1500]);
    expect(articleImageWidths(800)).toEqual([800]);
  });

  it('offers a narrow image at its own width only', () => {
    expect(articleImageWidths(600)).toEqual([600]);
  });
});
