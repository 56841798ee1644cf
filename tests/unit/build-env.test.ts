// The Astro process `npm run build` starts: a heap limit sized from the content, rolldown told to
// hand memory back, and whatever the user set in NODE_OPTIONS kept.
import { describe, expect, it } from 'vitest';
import { astroProcessEnv } from '../../src/cli/build.ts';

describe('astroProcessEnv', () => {
  it('gives small sites 512 MB of heap and large ones more, up to 4 GB', () => {
    expect(astroProcessEnv(40, {}).NODE_OPTIONS).toBe('--max-old-space-size=512');
    expect(astroProcessEnv(10_000, {}).NODE_OPTIONS).toBe('--max-old-space-size=612');
    expect(astroProcessEnv(40_000, {}).NODE_OPTIONS).toBe('--max-old-space-size=1666');
    expect(astroProcessEnv(1_000_000, {}).NODE_OPTIONS).toBe('--max-old-space-size=4096');
  });

  it('keeps the other NODE_OPTIONS, and a heap limit the user chose', () => {
    expect(astroProcessEnv(40, { NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(
      '--enable-source-maps --max-old-space-size=512',
    );
    expect(astroProcessEnv(40, { NODE_OPTIONS: '--max-old-space-size=3000' }).NODE_OPTIONS).toBe('--max-old-space-size=3000');
  });

  it('asks rolldown to return freed memory at once on a large site, unless told otherwise', () => {
    expect(astroProcessEnv(10_000, { PATH: '/usr/bin' })).toMatchObject({ PATH: '/usr/bin', MIMALLOC_PURGE_DELAY: '0' });
    expect(astroProcessEnv(10_000, { MIMALLOC_PURGE_DELAY: '50' }).MIMALLOC_PURGE_DELAY).toBe('50');
  });

  it("leaves rolldown's allocator as it is on a small site, where returning memory costs more time than it saves", () => {
    expect(astroProcessEnv(400, { PATH: '/usr/bin' })).not.toHaveProperty('MIMALLOC_PURGE_DELAY');
    expect(astroProcessEnv(400, { MIMALLOC_PURGE_DELAY: '0' }).MIMALLOC_PURGE_DELAY).toBe('0');
  });
});
