// `npm run dev` as an editor runs it: the server answers, and stopping the command by its process
// id (as editors, IDEs and CI jobs do) also stops the server and frees its port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withProjectLockAsync } from '../helpers/project-lock.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const answers = (port: number) =>
  fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('npm run dev', () => {
  it('stops the dev server and frees its port when the npm process is stopped', { timeout: 90_000 }, () =>
    withProjectLockAsync(async () => {
      const port = await freePort();
      const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
      const npm = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
        cwd: PROJECT,
        env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: 'ignore',
      });
      try {
        expect(await until(() => answers(port), 60_000)).toBe(true);
        npm.kill('SIGTERM');
        expect(await until(async () => !(await answers(port)), 10_000)).toBe(true);
      } finally {
        npm.kill('SIGKILL');
      }
    }),
  );
});
