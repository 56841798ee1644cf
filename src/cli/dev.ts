// `npm run dev`: Astro's dev server in a child process that never outlives the command. npm runs
// scripts through a shell, and stopping npm by its process id stops that shell only: a dev server
// started straight from the script keeps running and holding its port. This process passes
// signals on and, if it finds itself orphaned (its parent gone), stops the server and exits.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function dev(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'dev', ...args], { stdio: 'inherit' });
    const parent = process.ppid;
    const stop = (signal: NodeJS.Signals) => {
      if (child.exitCode === null) child.kill(signal);
    };
    for (const signal of SIGNALS) process.on(signal, () => stop(signal));
    const watch = setInterval(() => {
      if (process.ppid !== parent) stop('SIGTERM');
    }, 500);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(watch);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}
