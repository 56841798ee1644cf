// Articles' "last updated" dates from git, read once per build and, with a build cache, only for
// the commits since the last build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastCommitDates, rememberGitDatesCache } from '../../src/lib/git-dates.ts';

let repo: string;
const kb = () => join(repo, 'content/kb');

function git(args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'CS',
    GIT_AUTHOR_EMAIL: 'cs@example.com',
    GIT_COMMITTER_NAME: 'CS',
    GIT_COMMITTER_EMAIL: 'cs@example.com',
  };
  return execFileSync('git', args, {
    cwd: repo,
    env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env,
    encoding: 'utf8',
  });
}

function commit(files: Record<string, string>, date: string) {
  for (const [file, text] of Object.entries(files)) writeFileSync(join(kb(), file), text);
  git(['add', '-A']);
  git(['commit', '-qm', `edit ${Object.keys(files).join(', ')}`], date);
}

const dateOf = (dates: Map<string, Date>, file: string) => dates.get(join(kb(), file))?.toISOString();

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'milepost-git-'));
  mkdirSync(kb(), { recursive: true });
  git(['init', '-q', '-b', 'main']);
  commit({ 'invoices.md': '# Invoices\n', 'sso.md': '# SSO\n' }, '2026-01-05T10:00:00Z');
  commit({ 'sso.md': '# SSO\n\nOkta.\n' }, '2026-02-10T10:00:00Z');
});

afterEach(() => {
  rememberGitDatesCache('');
  rmSync(repo, { recursive: true, force: true });
});

describe('lastCommitDates', () => {
  it('gives each file the date of the last commit that touched it', () => {
    const dates = lastCommitDates(kb());
    expect(dateOf(dates, 'invoices.md')).toBe('2026-01-05T10:00:00.000Z');
    expect(dateOf(dates, 'sso.md')).toBe('2026-02-10T10:00:00.000Z');
  });

  it('is empty outside a git checkout', () => {
    expect(lastCommitDates(mkdtempSync(join(tmpdir(), 'milepost-no-git-'))).size).toBe(0);
  });

  describe('with a build cache', () => {
    let cacheFile: string;
    beforeEach(() => {
      cacheFile = join(repo, '.cache', 'git-dates.json');
      rememberGitDatesCache(cacheFile);
    });

    it('reads only the commits since the last build, and nothing when HEAD has not moved', () => {
      lastCommitDates(kb());
      // What the last build kept is taken as it is: a changed kept date shows that it was not read again.
      const kept = JSON.parse(readFileSync(cacheFile, 'utf8'));
      kept.dates['content/kb/invoices.md'] = '2025-12-24T09:00:00Z';
      writeFileSync(cacheFile, JSON.stringify(kept));
      expect(dateOf(lastCommitDates(kb()), 'invoices.md')).toBe('2025-12-24T09:00:00.000Z');

      commit({ 'sso.md': '# SSO\n\nOkta and Entra ID.\n', 'roles.md': '# Roles\n' }, '2026-03-01T08:30:00Z');
      const dates = lastCommitDates(kb());
      expect(dateOf(dates, 'sso.md')).toBe('2026-03-01T08:30:00.000Z');
      expect(dateOf(dates, 'roles.md')).toBe('2026-03-01T08:30:00.000Z');
      expect(dateOf(dates, 'invoices.md')).toBe('2025-12-24T09:00:00.000Z');
      expect(JSON.parse(readFileSync(cacheFile, 'utf8')).head).toBe(git(['rev-parse', 'HEAD']).trim());
    });

    it('reads the whole history again when it was rewritten since the last build', () => {
      lastCommitDates(kb());
      const kept = JSON.parse(readFileSync(cacheFile, 'utf8'));
      kept.dates['content/kb/invoices.md'] = '2025-12-24T09:00:00Z';
      writeFileSync(cacheFile, JSON.stringify(kept));
      writeFileSync(join(kb(), 'sso.md'), '# Single sign-on\n');
      git(['commit', '-qa', '--amend', '-m', 'SSO, amended'], '2026-02-11T12:00:00Z');
      const dates = lastCommitDates(kb());
      expect(dateOf(dates, 'invoices.md')).toBe('2026-01-05T10:00:00.000Z');
      expect(dateOf(dates, 'sso.md')).toBe('2026-02-11T12:00:00.000Z');
    });

    it('keeps the newest date when a merged branch brings an older commit, as reading the whole history does', () => {
      lastCommitDates(kb());
      git(['checkout', '-qb', 'draft', 'HEAD~1']);
      commit({ 'sso.md': '# SSO (draft)\n', 'billing.md': '# Billing\n' }, '2026-01-20T10:00:00Z');
      git(['checkout', '-q', 'main']);
      git(['merge', '-q', '--no-edit', '-X', 'ours', 'draft'], '2026-03-05T10:00:00Z');
      const incremental = lastCommitDates(kb());
      expect(dateOf(incremental, 'sso.md')).toBe('2026-02-10T10:00:00.000Z');
      expect(dateOf(incremental, 'billing.md')).toBe('2026-01-20T10:00:00.000Z');
      rememberGitDatesCache('');
      expect(lastCommitDates(kb())).toEqual(incremental);
    });
  });
});
