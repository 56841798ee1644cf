// `milepost validate` run as a real process: exit codes and the three output formats.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';

const CLI = fileURLToPath(new URL('../../src/cli/milepost.ts', import.meta.url));

function run(args: string[], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...inherited, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('milepost validate', () => {
  it('exits 0 and prints a summary when the content is clean', () => {
    const { code, stdout } = run(['validate', '--root', fixtureRoot()]);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 0 errors, 0 warnings in 7 files\n');
  });

  it('exits 1 and prints file:line:col, rule, message, hint and a code frame', () => {
    const { code, stdout } = run(['validate', '--root', fixtureRoot('weights-not-100')]);
    expect(code).toBe(1);
    expect(stdout).toContain('plans/starter.yaml:43:5  error  weights-sum  Factor weights add up to 95, not 100\n  hint: Add 5 to one or more weights.');
    expect(stdout).toContain('  > 43 |     - id: adoption\n       |     ^');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 0 warnings in 7 files');
  });

  it('prints every problem of every file in one run', () => {
    const root = fixtureRoot('misspelt-key');
    writeFileSync(join(root, 'content/videos/tour.yaml'), 'title: [\n');
    writeFileSync(join(root, 'content/faqs/general.yaml'), 'title: General\nitems: []\n');
    const { stdout } = run(['validate', '--root', root, '--format', 'json']);
    const found = JSON.parse(stdout).map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`);
    expect(found).toEqual(['content/faqs/general.yaml out-of-range', 'content/videos/tour.yaml yaml-syntax', 'plans/starter.yaml unknown-key']);
  });

  it('writes a JSON array of diagnostics with --format json', () => {
    const { code, stdout } = run(['validate', '--root', fixtureRoot('dangling-reference'), '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'plans/starter.yaml',
        line: 28,
        column: 9,
        severity: 'error',
        rule: 'dangling-reference',
        message: '"course:basic" does not point at anything that exists',
        hint: 'Did you mean `course:basics`?',
      },
    ]);
  });

  it('writes GitHub annotations with --format github, and by itself under GitHub Actions', () => {
    const expected = '::error file=plans/starter.yaml,line=43,col=5,title=Milepost weights-sum::Factor weights add up to 95, not 100%0AAdd 5 to one or more weights.';
    const explicit = run(['validate', '--root', fixtureRoot('weights-not-100'), '--format', 'github']);
    expect(explicit.stdout.split('\n')[0]).toBe(expected);
    const automatic = run(['validate', '--root', fixtureRoot('weights-not-100')], { GITHUB_ACTIONS: 'true' });
    expect(automatic.stdout.split('\n')[0]).toBe(expected);
  });

  it('exits 0 on warnings, and 1 with --strict', () => {
    const root = fixtureRoot('draft-plan');
    expect(run(['validate', '--root', root]).code).toBe(0);
    expect(run(['validate', '--root', root, '--strict']).code).toBe(1);
  });

  it('exits 2 on a usage error', () => {
    expect(run(['validate', '--format', 'xml']).code).toBe(2);
    expect(run(['validate', '--colour']).code).toBe(2);
    const nothing = run([]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Usage:');
  });

  it('reads MILEPOST_ROOT when no --root is given', () => {
    const { code, stdout } = run(['validate'], { MILEPOST_ROOT: fixtureRoot('unknown-segment') });
    expect(code).toBe(1);
    expect(stdout).toContain('plans/starter.yaml:2:10  error  unknown-segment');
  });
});
