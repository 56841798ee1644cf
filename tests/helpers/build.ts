// Builds a fixture site the way `npm run build` does (src/cli/milepost.ts build: Astro in a child
// process, then links, search index and publishing), or with a plain `astro build` (all of it
// inside the integration), into a temporary folder with its own content-layer cache.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { withProjectLock } from './project-lock.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const COMMANDS = {
  npm: [join(PROJECT, 'src/cli/milepost.ts'), 'build'],
  astro: [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'],
};

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

export interface BuildOptions {
  edition?: 'customer' | 'team';
  outDir?: string;
  env?: Record<string, string>;
  /** `npm` (default) builds as `npm run build` does; `astro` runs `astro build` on its own. */
  via?: keyof typeof COMMANDS;
}

export function buildSite(root: string, options: BuildOptions = {}): BuildResult {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'milepost-dist-'));
  // Vitest puts its own import.meta.env into process.env (BASE_URL=/, MODE, …); a real build
  // must not inherit them, or BASE_URL would override MILEPOST_BASE.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
  const result = withProjectLock(() =>
    spawnSync(process.execPath, [...COMMANDS[options.via ?? 'npm'], '--outDir', outDir], {
      cwd: PROJECT,
      encoding: 'utf8',
      timeout: 240_000,
      env: {
        ...inherited,
        MILEPOST_ROOT: root,
        MILEPOST_EDITION: options.edition ?? 'customer',
        MILEPOST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'milepost-cache-')),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
    }),
  );
  // Under CI=true Astro colours its log; tests read the words.
  return { code: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
}

/** Every file under `folder`, relative, with forward slashes. */
export function listFiles(folder: string): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else files.push(relative(folder, full).split('\\').join('/'));
    }
  };
  visit(folder);
  return files.sort();
}

export function readText(folder: string, file: string): string {
  return readFileSync(join(folder, file), 'utf8');
}
