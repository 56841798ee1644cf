// The environment the Pagefind indexing process starts with. Pagefind 1.6 reads its index chunk
// size, and its allocator (jemalloc) its settings, from the environment, not from the Node API.
import { SMALL_INDEX_PAGES } from './index-size.ts';

/** Pagefind 1.6 reads the size of its index chunks from this variable of its indexing process. */
export const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** The pagefind binary is built with tikv-jemallocator, which reads MALLOC_CONF under this name. */
export const JEMALLOC_ENV = '_RJEM_MALLOC_CONF';

/**
 * Word locations per index chunk. A search downloads every chunk holding one of its words, and
 * Pagefind's default (20,000 locations, about 26 KB) alone breaks the first-search budget of a
 * small portal (engine and WebAssembly are 73 KB). Small sites get 4,000-location chunks (about
 * 8 KB: measured first searches 81–96 KB on the sample portal, against 89–118 KB); larger ones
 * bigger chunks, so the chunk list in Pagefind's metadata file, which every first search loads,
 * stays short, up to half Pagefind's default. On the benchmark's 10,000 pages (7,112 indexed),
 * 10,000-location chunks made the chunk list 2.1 KB longer (461 chunks against 280) and five
 * first searches 10–46 KB lighter (169–194 KB against 186–231 KB), five second searches 1,148
 * against 1,302 KB with the first ones; 5,000 and 2,000 did no better: a common word's locations
 * are a chunk of their own whatever the size.
 */
export function indexChunkSize(entries: number): number {
  return Math.min(10_000, Math.max(4_000, entries * 4));
}

/**
 * jemalloc keeps the pages it freed for 10 s before returning them, and Pagefind builds its whole
 * index in the last seconds of a build, freeing copies of every page while it allocates the next
 * structures: returned at once, its peak at 10,000 pages fell from 1,421–1,562 MB to about
 * 1,320 MB (2-core AMD EPYC, Node 24.21), for no measurable time.
 */
const RETURN_FREED_MEMORY_AT_ONCE = 'dirty_decay_ms:0,muzzy_decay_ms:0';

/** Variables for the Pagefind process indexing `entries` pages and records; values the user set win. */
export function pagefindProcessEnv(entries: number, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  // Returning freed memory at once costs page faults when it is needed again: for the help center's
  // 406 pages, 30,000 of the build's 190,000. A small index's Pagefind (under 150 MB at 1,000
  // pages) keeps jemalloc's default.
  const allocator = env[JEMALLOC_ENV] ?? (entries > SMALL_INDEX_PAGES ? RETURN_FREED_MEMORY_AT_ONCE : undefined);
  return {
    [CHUNK_SIZE_ENV]: env[CHUNK_SIZE_ENV] ?? String(indexChunkSize(entries)),
    ...(allocator ? { [JEMALLOC_ENV]: allocator } : {}),
  };
}

/**
 * Runs `start` with `variables` added to process.env, and takes them out again afterwards: the
 * Pagefind Node API spawns its process on first use with the environment of this one, and the
 * variables must not leak into anything this process starts later.
 */
export async function withEnvironment<T>(variables: Record<string, string>, start: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  Object.assign(process.env, variables);
  try {
    return await start();
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
