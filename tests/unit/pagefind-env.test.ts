// The environment the Pagefind indexing process starts with: chunk size, allocator settings.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE_ENV, indexChunkSize, JEMALLOC_ENV, pagefindProcessEnv, withEnvironment } from '../../src/integration/pagefind-env.ts';

describe('indexChunkSize', () => {
  it('keeps chunks small on small sites and lets them grow to half Pagefind’s default on large ones', () => {
    expect(indexChunkSize(87)).toBe(4_000);
    expect(indexChunkSize(2_500)).toBe(10_000);
    expect(indexChunkSize(10_000)).toBe(10_000);
  });
});

describe('pagefindProcessEnv', () => {
  it('sets the chunk size, and on a large site has jemalloc return freed memory at once', () => {
    expect(pagefindProcessEnv(87, {})).toEqual({ [CHUNK_SIZE_ENV]: '4000' });
    expect(pagefindProcessEnv(2_000, {})).toEqual({ [CHUNK_SIZE_ENV]: '8000' });
    expect(pagefindProcessEnv(7_700, {})).toEqual({ [CHUNK_SIZE_ENV]: '10000', [JEMALLOC_ENV]: 'dirty_decay_ms:0,muzzy_decay_ms:0' });
  });

  it('leaves values the user set as they are', () => {
    const env = { [CHUNK_SIZE_ENV]: '1234', [JEMALLOC_ENV]: 'narenas:1' };
    expect(pagefindProcessEnv(87, env)).toEqual(env);
  });

  // Should a Pagefind release change allocator or prefix, the setting would be silently ignored.
  it.runIf(process.platform === 'linux' && process.arch === 'x64')('is read by the pagefind binary’s allocator', () => {
    const binary = createRequire(import.meta.url).resolve('@pagefind/linux-x64/bin/pagefind_extended');
    const run = spawnSync(binary, ['--version'], {
      env: { [JEMALLOC_ENV]: `${pagefindProcessEnv(10_000, {})[JEMALLOC_ENV]},stats_print:true` },
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`).toMatch(/opt\.dirty_decay_ms: 0\b[\s\S]*opt\.muzzy_decay_ms: 0\b/);
  });
});

describe('withEnvironment', () => {
  it('adds the variables while the process starts and restores the environment afterwards', async () => {
    process.env.MILEPOST_TEST_KEPT = 'before';
    const seen = await withEnvironment({ MILEPOST_TEST_KEPT: 'during', MILEPOST_TEST_ADDED: 'during' }, async () => [
      process.env.MILEPOST_TEST_KEPT,
      process.env.MILEPOST_TEST_ADDED,
    ]);
    expect(seen).toEqual(['during', 'during']);
    expect(process.env.MILEPOST_TEST_KEPT).toBe('before');
    expect('MILEPOST_TEST_ADDED' in process.env).toBe(false);
    delete process.env.MILEPOST_TEST_KEPT;
  });

  it('restores the environment when starting fails', async () => {
    await expect(withEnvironment({ MILEPOST_TEST_ADDED: 'during' }, () => Promise.reject(new Error('no binary')))).rejects.toThrow(
      'no binary',
    );
    expect('MILEPOST_TEST_ADDED' in process.env).toBe(false);
  });
});
