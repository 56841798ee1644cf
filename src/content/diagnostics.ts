// What the validator reports: one diagnostic per problem, with file, line and column.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to MILEPOST_ROOT, with forward slashes. */
  file: string;
  /** 1-based line and column of the offending key or value. */
  line: number;
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. "weights-sum"; documented in the README. */
  rule: string;
  message: string;
  /** What to type instead, when we can tell. */
  hint?: string;
}

export function byFileAndLine(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]) {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/**
 * A function from character offsets in `source` to 1-based line and column. Lines end at "\n"
 * only, as editors count them; the offset is clamped into the text, so a position is always
 * inside the file.
 */
export function positionFinder(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    const clamped = Math.min(Math.max(offset, 0), source.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1 };
  };
}

/** 1-based line and column of a character offset in `source`. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), source.length);
  for (let index = source.indexOf('\n'); index !== -1 && index < end; index = source.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: end - lineStart + 1 };
}
