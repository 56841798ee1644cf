// The benchmark's memory figure is the sum over the build's whole process tree: a process started
// from a worker thread (Pagefind, from the publish step's worker) must be in it.
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { measureCommand, treeRss } from '../../bench/measure.ts';

const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) process.kill(pid);
});

describe('treeRss', () => {
  it('counts a process started by another thread than the main one', async () => {
    const worker = new Worker(
      `const { spawn } = require('node:child_process');
       const { parentPort } = require('node:worker_threads');
       const child = spawn('sleep', ['30'], { stdio: 'ignore' });
       parentPort.postMessage(child.pid);
       setInterval(() => {}, 1000);`,
      { eval: true },
    );
    const pid = await new Promise<number>((resolve) => worker.once('message', resolve));
    started.push(pid);
    try {
      expect([...treeRss(process.pid).keys()]).toContain(pid);
    } finally {
      await worker.terminate();
    }
  });

  it('counts a process started by the main thread', () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    started.push(child.pid!);
    expect([...treeRss(process.pid).keys()]).toContain(child.pid);
  });
});

describe('measureCommand', () => {
  it('gives a process its command line after it has replaced its program (exec)', async () => {
    const run = await measureCommand('sh', ['-c', 'sleep 0.35; exec sleep 0.6'], { cwd: process.cwd(), env: process.env });
    expect(run.code).toBe(0);
    const after = run.processPeaks.find((peak) => peak.command === 'sleep 0.6');
    expect(after?.peakMb).toBeGreaterThan(0);
  });
});
