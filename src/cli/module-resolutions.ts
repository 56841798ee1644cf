// Where the imports of `npm run build`'s processes resolved inside node_modules, remembered in the
// build cache for the next build: the Astro process resolves about 2,800 of them on every start.
import { registerHooks } from 'node:module';
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file an entry point loaded with `--import` (src/cli/remember-resolutions.ts) keeps them in. */
export const RESOLUTIONS_FILE_ENV = 'MILEPOST_RESOLUTIONS';

/**
 * Node's version and the installed packages, as npm records them in node_modules/.package-lock.json
 * at every install. By content, not by date: CI installs afresh in every run (`npm ci`), the same
 * packages as long as package-lock.json is the same.
 */
export function installedPackagesStamp(lockfile: URL): string | undefined {
  try {
    return `${process.version} ${hash('sha1', readFileSync(lockfile))}`;
  } catch {
    return undefined;
  }
}

type Resolution = [url: string, format: string | null];

/**
 * Answers the resolution of an import made from a package's own files, as the same import
 * resolved before with the same packages installed (`stamp`), and writes what it learnt to `file`
 * when the process exits. Node's own resolution reads package.json files and checks files on disk
 * for each import: 0.15–0.2 s of the Astro process's start in a help center's rebuild. Imports
 * from the project's own files, which change between builds, are resolved as always; so are
 * those from dot-folders of node_modules, such as Astro's cache.
 */
export function rememberResolutions(file: string, stamp: string): void {
  let known: Record<string, Resolution> = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { stamp: string; resolutions: Record<string, Resolution> };
    if (saved.stamp === stamp) known = saved.resolutions;
  } catch {
    // No file yet, or one cut short: resolve everything.
  }
  let learnt = 0;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (!parent || !/\/node_modules\/[^.]/.test(parent) || specifier.startsWith('node:')) return nextResolve(specifier, context);
      // A `require` has no import attributes.
      const key = `${parent} ${specifier} ${context.conditions?.join(',') ?? ''} ${context.importAttributes?.type ?? ''}`;
      const remembered = known[key];
      if (remembered) return { url: remembered[0], format: remembered[1] ?? undefined, shortCircuit: true };
      const resolved = nextResolve(specifier, context);
      if (/^file:.*\/node_modules\/[^.]/.test(resolved.url)) {
        known[key] = [resolved.url, resolved.format ?? null];
        learnt++;
      }
      return resolved;
    },
  });
  process.on('exit', () => {
    if (learnt === 0) return;
    try {
      mkdirSync(dirname(file), { recursive: true });
      // Written whole under another name, then renamed: a build reading it meanwhile sees the old one.
      writeFileSync(`${file}.${process.pid}`, JSON.stringify({ stamp, resolutions: known }));
      renameSync(`${file}.${process.pid}`, file);
    } catch {
      // The next build resolves again.
    }
  });
}
