// Imports from node_modules resolved from the last build's answers: used when the installed
// packages are as they were, ignored when they changed, and right for `require` too.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installedPackagesStamp } from '../../src/cli/module-resolutions.ts';

const HOOKS = new URL('../../src/cli/module-resolutions.ts', import.meta.url).href;

/** A project with one package whose files import each other, ESM and CommonJS. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'milepost-resolutions-'));
  const pkg = join(root, 'node_modules', 'guide-kit');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'guide-kit', type: 'module' }));
  writeFileSync(join(pkg, 'index.js'), "export { milestone } from './milestone.js';\nexport { bands } from './bands.cjs';\n");
  writeFileSync(join(pkg, 'milestone.js'), "export const milestone = 'First dashboard shared';\n");
  writeFileSync(join(pkg, 'renamed.js'), "export const milestone = 'Answered from memory';\n");
  writeFileSync(join(pkg, 'bands.cjs'), "module.exports = { bands: require('./bands.json').map((band) => band.label) };\n");
  writeFileSync(join(pkg, 'bands.json'), JSON.stringify([{ label: 'Healthy' }, { label: 'At risk' }]));
  writeFileSync(
    join(root, 'preload.mjs'),
    `import { rememberResolutions } from '${HOOKS}';\nrememberResolutions(process.env.FILE, process.env.STAMP);\n`,
  );
  writeFileSync(
    join(root, 'main.mjs'),
    `const kit = await import('${pathToFileURL(join(pkg, 'index.js')).href}');\nconsole.log(JSON.stringify(kit));\n`,
  );
  return root;
}

/** Runs the project's main module with resolutions remembered in `file` under `stamp`; returns what it printed. */
function run(root: string, file: string, stamp: string): { milestone: string; bands: string[] } {
  const out = execFileSync(process.execPath, ['--import', pathToFileURL(join(root, 'preload.mjs')).href, join(root, 'main.mjs')], {
    env: { ...process.env, FILE: file, STAMP: stamp },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

const remembered = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as { stamp: string; resolutions: Record<string, [string, string | null]> };

describe('rememberResolutions', () => {
  it('answers a package’s imports, ES modules, CommonJS and JSON, as the last run resolved them', () => {
    const root = project();
    const file = join(root, 'cache', 'resolutions.json');
    const expected = { milestone: 'First dashboard shared', bands: ['Healthy', 'At risk'] };
    expect(run(root, file, 'installed-1')).toEqual(expected);
    const { stamp, resolutions } = remembered(file);
    expect(stamp).toBe('installed-1');
    const targets = Object.values(resolutions).map(([url]) => url.replace(/^.*\/guide-kit\//, ''));
    expect(targets.sort()).toEqual(['bands.cjs', 'bands.json', 'milestone.js']);
    // The second run reads them, and a `require` of JSON or CommonJS still loads as such.
    expect(run(root, file, 'installed-1')).toEqual(expected);
  });

  it('takes the remembered answer instead of resolving again, while the installed packages are the same', () => {
    const root = project();
    const file = join(root, 'cache', 'resolutions.json');
    run(root, file, 'installed-1');
    const saved = remembered(file);
    for (const [key, [url]] of Object.entries(saved.resolutions))
      if (url.endsWith('/milestone.js')) saved.resolutions[key]![0] = url.replace('milestone.js', 'renamed.js');
    writeFileSync(file, JSON.stringify(saved));
    expect(run(root, file, 'installed-1').milestone).toBe('Answered from memory');
    // After an install the answers are not used.
    expect(run(root, file, 'installed-2').milestone).toBe('First dashboard shared');
    expect(remembered(file).stamp).toBe('installed-2');
  });

  it('resolves imports from files outside node_modules as always, and keeps none of them', () => {
    const root = project();
    const file = join(root, 'cache', 'resolutions.json');
    run(root, file, 'installed-1');
    const parents = Object.keys(remembered(file).resolutions).map((key) => key.split(' ')[0]);
    expect(parents.every((parent) => parent!.includes('/node_modules/guide-kit/'))).toBe(true);
  });
});

describe('installedPackagesStamp', () => {
  it('changes when other packages are installed, not when the same ones are installed again (CI)', () => {
    const root = mkdtempSync(join(tmpdir(), 'milepost-lockfile-'));
    const lockfile = pathToFileURL(join(root, '.package-lock.json'));
    expect(installedPackagesStamp(lockfile)).toBeUndefined();
    writeFileSync(lockfile, '{"packages":{"node_modules/astro":{"version":"7.3.5"}}}');
    const before = installedPackagesStamp(lockfile);
    expect(before).toContain(process.version);
    utimesSync(lockfile, new Date('2026-12-01T10:00:00Z'), new Date('2026-12-01T10:00:00Z'));
    expect(installedPackagesStamp(lockfile)).toBe(before);
    writeFileSync(lockfile, '{"packages":{"node_modules/astro":{"version":"7.3.6"}}}');
    expect(installedPackagesStamp(lockfile)).not.toBe(before);
  });
});
