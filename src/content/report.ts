// Prints a validation result for people (text with code frames), for tools (JSON) and for
// GitHub Actions (workflow commands that become annotations on the pull request).
import type { Diagnostic } from './diagnostics.ts';
import type { ValidationResult } from './validate.ts';

export const FORMATS = ['text', 'json', 'github'] as const;
export type ReportFormat = (typeof FORMATS)[number];

interface Style {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const plain: Style = { red: (t) => t, yellow: (t) => t, dim: (t) => t, bold: (t) => t };
const ansi: Style = {
  red: (t) => `\x1b[31m${t}\x1b[39m`,
  yellow: (t) => `\x1b[33m${t}\x1b[39m`,
  dim: (t) => `\x1b[2m${t}\x1b[22m`,
  bold: (t) => `\x1b[1m${t}\x1b[22m`,
};

/**
 * The line before, the offending line with a caret under the column, and the line after. Lines
 * are cut to 160 characters; when the column is further right (a link deep in a paragraph), the
 * frame starts shortly before it, marked with "…".
 */
export function codeFrame(source: string, line: number, column: number): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const start = column > 140 ? column - 61 : 0;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const whole = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const text = start > 0 ? `…${whole.slice(start, start + 159)}` : whole.slice(0, 160);
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1 - start + (start > 0 ? 1 : 0)))}^`);
  }
  return out.join('\n');
}

/** How many problems of one rule (and severity) the text report shows before it sums up the rest. */
export const SHOWN_PER_RULE = 10;

/**
 * Every problem with its code frame, except that a rule firing on many files shows its first
 * SHOWN_PER_RULE and then how many more there are, so one noisy rule does not bury the rest;
 * and in the build log only the first `maxWarnings` warnings, then how many more, by rule.
 */
export function formatText(result: ValidationResult, color = false, maxWarnings = Infinity): string {
  const style = color ? ansi : plain;
  let warningsShown = 0;
  const shownByRule = new Map<string, number>();
  const grouped = new Map<string, { rule: string; severity: string; count: number; files: Set<string> }>();
  const left = new Map<string, number>();
  const shown = result.diagnostics.filter((d) => {
    const key = `${d.severity} ${d.rule}`;
    const seen = shownByRule.get(key) ?? 0;
    if (seen >= SHOWN_PER_RULE) {
      const group = grouped.get(key) ?? { rule: d.rule, severity: d.severity, count: 0, files: new Set<string>() };
      group.count++;
      group.files.add(d.file);
      grouped.set(key, group);
      return false;
    }
    if (d.severity === 'warning' && warningsShown++ >= maxWarnings) {
      left.set(d.rule, (left.get(d.rule) ?? 0) + 1);
      return false;
    }
    shownByRule.set(key, seen + 1);
    return true;
  });
  const blocks = shown.map((d) => {
    const severity = d.severity === 'error' ? style.red('error') : style.yellow('warning');
    const head = `${style.bold(`${d.file}:${d.line}:${d.column}`)}  ${severity}  ${style.dim(d.rule)}  ${d.message}`;
    const hint = d.hint ? `\n  hint: ${d.hint}` : '';
    const source = result.sources.get(d.file);
    const frame = source !== undefined ? `\n${style.dim(indent(codeFrame(source, d.line, d.column)))}` : '';
    return head + hint + frame;
  });
  for (const { rule, severity, count, files } of grouped.values()) {
    blocks.push(`…and ${plural(count, `more ${rule} ${severity}`)} in ${plural(files.size, 'file')}; \`npm run validate -- --format json\` lists every one.`);
  }
  if (left.size > 0) {
    const rules = [...left].map(([rule, count]) => `${rule} ${count.toLocaleString('en')}`).join(', ');
    blocks.push(`…and ${plural([...left.values()].reduce((sum, n) => sum + n, 0), 'more warning')} (${rules}); \`npm run validate\` lists every one.`);
  }
  return [...blocks, summary(result, style)].join('\n\n') + '\n';
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summary(result: Pick<ValidationResult, 'errors' | 'warnings' | 'fileCount'>, style: Style = plain): string {
  const counts = `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} in ${plural(result.fileCount, 'file')}`;
  return result.errors > 0 ? style.red(`✖ ${counts}`) : `✔ ${counts}`;
}

export function formatJson(result: ValidationResult): string {
  return JSON.stringify(result.diagnostics, null, 2) + '\n';
}

/** GitHub workflow commands: values are escaped as the runner expects. */
export function formatGithub(result: ValidationResult): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = result.diagnostics.map((d: Diagnostic) => {
    const properties = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(`Milepost ${d.rule}`)}`;
    return `::${d.severity} ${properties}::${escapeData(d.hint ? `${d.message}\n${d.hint}` : d.message)}`;
  });
  return [...lines, summary(result)].join('\n') + '\n';
}

export function formatReport(result: ValidationResult, format: ReportFormat, color = false): string {
  if (format === 'json') return formatJson(result);
  if (format === 'github') return formatGithub(result);
  return formatText(result, color);
}
