// Runs a command and samples the resident memory of its whole process tree (/proc, every 100 ms):
// the peak of the tree, and the peak of each process in it, so a report can say which step of
// the build needed the memory.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

/** The processes `pid` started, from any of its threads: the build's publish step starts Pagefind from a worker thread. */
function children(pid: number): number[] {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return threads.flatMap((thread) => {
    try {
      return readFileSync(`/proc/${pid}/task/${thread}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** Resident memory of `pid` and each of its descendants, in MB. */
export function treeRss(pid: number): Map<number, number> {
  const sizes = new Map<number, number>();
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    sizes.set(current, rssMb(current));
    stack.push(...children(current));
  }
  return sizes;
}

export interface Measurement {
  code: number | null;
  seconds: number;
  /** Peak of the sum over the process tree. */
  peakMb: number;
  /** Peak of each process, by its command line. */
  processPeaks: { command: string; peakMb: number }[];
  output: string;
}

export function measureCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakMb = 0;
    // By process and command line, read at every sample: a process first seen between its fork and
    // its exec still has its parent's command line, and would keep it (Astro's peak reported as 0).
    const peaks = new Map<string, { command: string; peakMb: number }>();
    const timer = setInterval(() => {
      const sizes = treeRss(child.pid!);
      peakMb = Math.max(
        peakMb,
        [...sizes.values()].reduce((sum, mb) => sum + mb, 0),
      );
      for (const [pid, mb] of sizes) {
        const command = commandLine(pid);
        const known = peaks.get(`${pid}\0${command}`) ?? { command, peakMb: 0 };
        known.peakMb = Math.max(known.peakMb, mb);
        peaks.set(`${pid}\0${command}`, known);
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        code,
        seconds: (performance.now() - started) / 1000,
        peakMb,
        processPeaks: [...peaks.values()],
        output: stripVTControlCharacters(output),
      });
    });
  });
}
