// The text report people read: every error with its code frame, and in the build log only the
// first warnings, followed by how many more there are of each rule.
import { describe, expect, it } from 'vitest';
import { emptyIndex } from '../../src/content/content-index.ts';
import type { Diagnostic } from '../../src/content/diagnostics.ts';
import { codeFrame, formatText } from '../../src/content/report.ts';
import type { ValidationResult } from '../../src/content/validate.ts';

const warning = (file: string, rule: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'warning', rule, message: `${rule} in ${file}` });

function result(diagnostics: Diagnostic[]): ValidationResult {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { root: '/site', diagnostics, errors, warnings: diagnostics.length - errors, fileCount: 40, content: emptyIndex(), sources: new Map([['plans/acme.yaml', 'title: Acme\nhealth: {}\n']]) };
}

describe('formatText', () => {
  const diagnostics: Diagnostic[] = [
    warning('content/kb/A/B/one.md', 'orphan-article'),
    { file: 'plans/acme.yaml', line: 2, column: 9, severity: 'error', rule: 'missing-key', message: 'health needs factors' },
    warning('content/kb/A/B/two.md', 'orphan-article'),
    warning('content/kb/A/B/three.md', 'orphan-article'),
    warning('plans/draft.yaml', 'draft-plan'),
  ];

  it('prints every diagnostic with a code frame when there is no limit', () => {
    const text = formatText(result(diagnostics));
    for (const d of diagnostics) expect(text).toContain(`${d.file}:${d.line}:${d.column}`);
    expect(text).toContain('> 2 | health: {}\n      |         ^');
    expect(text).not.toContain('more warning');
  });

  it('keeps every error but only the first warnings, and counts the rest by rule', () => {
    const text = formatText(result(diagnostics), false, 1);
    expect(text).toContain('plans/acme.yaml:2:9  error  missing-key  health needs factors');
    expect(text).toContain('content/kb/A/B/one.md:1:1  warning  orphan-article');
    expect(text).not.toContain('two.md');
    expect(text).not.toContain('plans/draft.yaml');
    expect(text).toContain('…and 3 more warnings (orphan-article 2, draft-plan 1); `npm run validate` lists every one.');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 4 warnings in 40 files');
  });

  it('shows the first ten problems of a rule that fires on many files, then how many more, without burying the others', () => {
    const many = Array.from({ length: 25 }, (_, n) => warning(`content/kb/Imported/article-${String(n).padStart(2, '0')}.md`, 'unknown-key'));
    const error: Diagnostic = { file: 'plans/acme.yaml', line: 2, column: 9, severity: 'error', rule: 'missing-key', message: 'health needs factors' };
    const text = formatText(result([...many, error]));
    expect(text.match(/warning {2}unknown-key/g)).toHaveLength(10);
    expect(text).toContain('article-09.md:1:1');
    expect(text).not.toContain('article-10.md');
    expect(text).toContain('…and 15 more unknown-key warnings in 15 files; `npm run validate -- --format json` lists every one.');
    expect(text).toContain('plans/acme.yaml:2:9  error  missing-key  health needs factors');
  });

  it('shows the caret of a problem far to the right of a long line, in a frame that starts shortly before it', () => {
    const paragraph = `${'Tidemark reads your warehouse every hour. '.repeat(6)}See [the old guide](https://help.example.com/x).`;
    const frame = codeFrame(`# Title\n\n${paragraph}\n`, 3, paragraph.indexOf('https') + 1);
    const [, line, caret] = frame.split('\n');
    expect(line).toMatch(/^> 3 \| …/);
    expect(line!.indexOf('https')).toBe(caret!.indexOf('^'));
  });
});
