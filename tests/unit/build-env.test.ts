// The Astro process `npm run build` starts: a heap limit sized from the content, rolldown told to
// hand memory back, and whatever the user set in NODE_OPTIONS kept.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroProcessEnv } from '../../src/cli/build.ts';
import { COMPILE_CACHE_FILES, COMPILE_CACHE_FOLDER, compileCacheEnv } from '../../src/cli/compile-cache.ts';

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

describe('compileCacheEnv', () => {
  const cacheRoot = () => mkdtempSync(join(tmpdir(), 'milepost-cache-root-'));

  it('builds without a compile cache the first time, when there is nothing to read from it', () => {
    expect(compileCacheEnv(join(tmpdir(), 'milepost-no-such-cache'), {})).toEqual({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(compileCacheEnv(cacheRoot(), {})).toEqual({ NODE_DISABLE_COMPILE_CACHE: '1' });
  });

  it('keeps it beside the build caches from the second build on, which CI keeps between runs', () => {
    const root = cacheRoot();
    mkdirSync(join(root, 'milepost-0123456789abcdef'));
    expect(compileCacheEnv(root, {})).toEqual({ NODE_COMPILE_CACHE: join(root, COMPILE_CACHE_FOLDER) });
  });

  it('starts the cache over once it has grown past its limit, and keeps it below', () => {
    const root = cacheRoot();
    mkdirSync(join(root, 'milepost-0123456789abcdef'));
    const cache = join(root, COMPILE_CACHE_FOLDER, 'v24-x64');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'kept'), '');
    compileCacheEnv(root, {});
    expect(existsSync(join(cache, 'kept'))).toBe(true);
    for (let n = 0; n < COMPILE_CACHE_FILES; n++) writeFileSync(join(cache, `entry-${n}`), '');
    compileCacheEnv(root, {});
    expect(existsSync(join(root, COMPILE_CACHE_FOLDER))).toBe(false);
  });

  it("leaves Node's compile cache as the user set it", () => {
    expect(compileCacheEnv(cacheRoot(), { NODE_COMPILE_CACHE: '/var/cache/node' })).toEqual({});
    expect(compileCacheEnv(cacheRoot(), { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({});
  });
});
