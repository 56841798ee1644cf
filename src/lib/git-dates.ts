// Last-commit dates of files under a folder, read with ONE `git log` for the whole build (never
// one git process per page). Outside a git checkout the map is simply empty.
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

/** Map from absolute file path to the date of the last commit that touched it. */
export function lastCommitDates(folder: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let output: string;
  let top: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    output = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '-z', '--', relative(top, folder) || '.'], {
      cwd: top,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates;
  }
  let current: Date | undefined;
  for (const field of output.split('\0')) {
    const value = field.replace(/^\n/, '');
    if (value === '') continue;
    if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !value.includes(sep)) {
      current = new Date(value);
      continue;
    }
    const file = resolve(top, value);
    if (current && !dates.has(file)) dates.set(file, current); // newest commit comes first
  }
  return dates;
}
