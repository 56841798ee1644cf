import { describe, expect, it } from 'vitest';
import { imageSourceFile, rememberImageSources } from '../../src/integration/image-sources.ts';

describe('imageSourceFile', () => {
  it('finds an emitted image in the output folder', () => {
    rememberImageSources('/site/staging');
    expect(imageSourceFile('/_astro/dashboard.Ab12.png')).toBe('/site/staging/_astro/dashboard.Ab12.png');
  });

  it('finds it under a base path too: the URL carries the base, the output folder does not', () => {
    rememberImageSources('/site/staging', '/docs/');
    expect(imageSourceFile('/docs/_astro/dashboard.Ab12.png')).toBe('/site/staging/_astro/dashboard.Ab12.png');
    rememberImageSources('/site/staging', '/docs');
    expect(imageSourceFile('/docs/_astro/dashboard.Ab12.png')).toBe('/site/staging/_astro/dashboard.Ab12.png');
  });
});
