import { describe, expect, it } from 'vitest';
import { EncoderLane } from '../../src/integration/encoder-lane.ts';

/** Work that finishes when told to, and notes when it started. */
function gate(started: string[], name: string) {
  let open = () => {};
  const done = new Promise<string>((resolve) => (open = () => resolve(name)));
  return { work: () => (started.push(name), done), open };
}

describe('EncoderLane', () => {
  it('runs one encoding at a time, in the order they came', async () => {
    const started: string[] = [];
    const lane = new EncoderLane(1);
    const [a, b] = [gate(started, 'a'), gate(started, 'b')];
    const queued = [lane.add(a.work), lane.add(b.work)];
    expect(started).toEqual(['a']);
    a.open();
    await queued[0]!.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['a', 'b']);
    b.open();
    expect(await queued[1]!.promise).toBe('b');
  });

  it('starts the work a page waits for before work queued ahead of it', async () => {
    const started: string[] = [];
    const lane = new EncoderLane(1);
    const [running, ahead, awaited] = [gate(started, 'running'), gate(started, 'ahead'), gate(started, 'awaited')];
    lane.add(running.work);
    lane.add(ahead.work);
    lane.add(awaited.work).hurry();
    running.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['running', 'awaited']);
  });

  it('runs as many at once as it is wide', () => {
    const started: string[] = [];
    const lane = new EncoderLane(2);
    for (const name of ['a', 'b', 'c']) lane.add(gate(started, name).work);
    expect(started).toEqual(['a', 'b']);
  });
});
