// Working through a list a few items at a time: enough to keep cores or the file system busy,
// never all at once.

/** Calls `work` on each item in order, with at most `atOnce` calls running at a time. */
export async function forEachAtMost<T>(items: readonly T[], atOnce: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
}
