// `npm run build`: runs `astro build` in a child process, then checks links, indexes the built
// site for search and publishes it from this small parent once Astro has exited. The memory
// Astro needed for rendering is returned to the system before Pagefind needs its own, so the
// two peaks never add up (see the README's "Performance").
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrokenLinksError, PUBLISH_PLAN_ENV, publishBuild, type PublishPlan } from '../integration/publish.ts';

const ASTRO = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));

function runAstro(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const log = (message: string) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)} [milepost] ${message}\n`);

/** Links, search index, dist/: a build that fails here leaves dist/ as it was. */
async function publish(plan: PublishPlan): Promise<number> {
  const started = performance.now();
  try {
    const indexed = await publishBuild(plan);
    log(`${indexed} pages indexed for search and every internal link checked in ${((performance.now() - started) / 1000).toFixed(1)}s; dist/ replaced`);
    return 0;
  } catch (error) {
    rmSync(plan.staged, { recursive: true, force: true });
    if (!(error instanceof BrokenLinksError)) throw error;
    log(`${error.message}\n  Fix the link in the content that produces that page (Markdown link, FAQ answer, or reference).`);
    return 1;
  }
}

/** Builds the portal; `args` go to `astro build` as they are. Returns the exit code. */
export async function build(args: string[]): Promise<number> {
  const handoff = mkdtempSync(join(tmpdir(), 'milepost-build-'));
  const planFile = join(handoff, 'publish-plan.json');
  try {
    const code = await runAstro(args, { ...process.env, [PUBLISH_PLAN_ENV]: planFile });
    return code === 0 ? await publish(JSON.parse(readFileSync(planFile, 'utf8')) as PublishPlan) : code;
  } finally {
    rmSync(handoff, { recursive: true, force: true });
  }
}
