// Working through a list a few items at a time: enough to keep cores or the file system busy,
// never all at once.

/**
 * Calls `work` on each item in order, with at most `atOnce` calls running at a time. After a call
 * fails no more start, and the first failure is thrown once the calls under way have ended: a
 * caller that cleans up after it (a failed build removing its staging folder) finds nothing still
 * writing.
 */
export async function forEachAtMost<T>(items: readonly T[], atOnce: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      try {
        await work(items[next++]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  if (failure) throw failure.error;
}

/**
 * Yields `read(item)` for each item, in order, with up to `atOnce` reads under way: the reads of
 * the next items wait on the file system while the caller works on the current one.
 */
export async function* readAhead<T, R>(items: readonly T[], atOnce: number, read: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < atOnce) {
      const reading = read(items[next++]!);
      reading.catch(() => undefined); // awaited in turn below, or dropped with the generator
      pending.push(reading);
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    fill();
    yield result;
  }
}
