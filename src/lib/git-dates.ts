// Last-commit dates of files under a folder, read with ONE `git log` for the whole build (never
// one git process per page). Outside a git checkout the map is simply empty.
// `git log --name-only` diffs every commit of the folder's history: 0.3 s for a help center with
// 3,000 commits, on every build, blocking Astro's rendering. A build keeps the dates it read in
// its cache (rememberGitDatesCache) with the commit they were read at; the next build reads only
// the commits since, or nothing when HEAD has not moved. History that was rewritten (the kept
// commit is no ancestor of HEAD) is read whole again.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** What a build keeps for the next one: the dates (ISO, by path from the top of the checkout) as of `head`. */
interface KeptDates {
  version: 1;
  top: string;
  folder: string;
  head: string;
  dates: Record<string, string>;
}

// Set by the integration, read by the kb tree in Astro's bundle: two copies of this module in one
// process, sharing the setting through globalThis (as src/lib/file-digest.ts does).
const CACHE_FILE = Symbol.for('milepost.gitDatesCache');
const shared = globalThis as { [CACHE_FILE]?: string };

/** Keeps the dates read in this build in `file` and starts the next build from them. */
export function rememberGitDatesCache(file: string): void {
  shared[CACHE_FILE] = file;
}

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/** Adds to `dates` the newest commit date of each file `git log --format=%x00%cI --name-only -z` names. */
function readLog(output: string, dates: Map<string, string>): void {
  let current: string | undefined;
  for (const field of output.split('\0')) {
    const value = field.replace(/^\n/, '');
    if (value === '') continue;
    if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !value.includes(sep)) {
      current = value;
      continue;
    }
    const known = dates.get(value);
    if (current && (!known || Date.parse(current) > Date.parse(known))) dates.set(value, current);
  }
}

function recall(file: string | undefined, top: string, folder: string): KeptDates | undefined {
  if (!file) return undefined;
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptDates;
    return kept.version === 1 && kept.top === top && kept.folder === folder && typeof kept.head === 'string' ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `commit` is HEAD or one of its ancestors. */
function isAncestor(commit: string, top: string): boolean {
  try {
    git(['merge-base', '--is-ancestor', commit, 'HEAD'], top);
    return true;
  } catch {
    return false;
  }
}

/** Map from absolute file path to the date of the last commit that touched it. */
export function lastCommitDates(folder: string): Map<string, Date> {
  let top: string;
  let head: string;
  try {
    [top, head] = git(['rev-parse', '--show-toplevel', 'HEAD'], folder).trim().split('\n') as [string, string];
  } catch {
    return new Map(); // not a checkout, or one without commits
  }
  const path = relative(top, folder) || '.';
  const cacheFile = shared[CACHE_FILE];
  const kept = recall(cacheFile, top, path);
  const dates = new Map<string, string>();
  try {
    if (kept && (kept.head === head || isAncestor(kept.head, top))) {
      for (const [file, date] of Object.entries(kept.dates)) dates.set(file, date);
      if (kept.head !== head) readLog(git(['log', '--format=%x00%cI', '--name-only', '-z', `${kept.head}..HEAD`, '--', path], top), dates);
    } else readLog(git(['log', '--format=%x00%cI', '--name-only', '-z', '--', path], top), dates);
  } catch {
    return new Map();
  }
  if (cacheFile && kept?.head !== head) {
    // The site is complete without it: a build that cannot keep the dates reads them again next time.
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(
        `${cacheFile}.${process.pid}`,
        JSON.stringify({ version: 1, top, folder: path, head, dates: Object.fromEntries(dates) } satisfies KeptDates),
      );
      renameSync(`${cacheFile}.${process.pid}`, cacheFile);
    } catch {
      // not kept
    }
  }
  return new Map([...dates].map(([file, date]) => [resolve(top, file), new Date(date)]));
}
