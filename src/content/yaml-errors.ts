// YAML syntax errors in words a CS editor understands. One slip (a line indented one space off,
// a quote never closed) makes the parser report a cascade of errors further down, in its own
// vocabulary ("Nested mappings are not allowed in compact mappings"); this finds the line the
// editor has to fix and says what to type there.

export interface SyntaxProblem {
  /** 1-based, within the YAML text. */
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export interface ParserError {
  code: string;
  message: string;
  /** Offset of the error in the text. */
  offset: number;
}

interface Line {
  number: number;
  text: string;
  indent: number;
  /** "dueDay" for "  dueDay: 14", "- id" for "  - id: a". */
  key: string | undefined;
}

const KEY = /^(- +)?([^\s:#][^:#]*?):(\s|$)/;

function linesOf(text: string): Line[] {
  return text.split(/\r?\n/).map((raw, index) => {
    const body = raw.trimStart();
    const key = KEY.exec(body);
    return { number: index + 1, text: raw, indent: raw.length - body.length, key: key ? `${key[1] ? '- ' : ''}${key[2]}` : undefined };
  });
}

const content = (line: Line | undefined) => line !== undefined && line.text.trim() !== '' && !line.text.trimStart().startsWith('#');

/** Indents a line may start at, given the lines above it: a sibling's, or one level into a parent. */
function plausibleIndents(lines: Line[], before: number): Set<number> {
  const indents = new Set<number>([0]);
  for (const line of lines.slice(0, before - 1)) {
    if (!content(line)) continue;
    indents.add(line.indent);
    const body = line.text.trimStart();
    // The keys of a list item line up with the text after its "- ".
    if (body.startsWith('- ')) indents.add(line.indent + body.length - body.slice(1).trimStart().length);
  }
  const previous = lines.slice(0, before - 1).reverse().find(content);
  if (previous && /:\s*$/.test(previous.text)) for (const step of [2, 4]) indents.add(previous.indent + step);
  return indents;
}

/** A line indented one or two spaces off every indent around it, and the indent it should have. */
function indentationSlip(lines: Line[], candidates: number[]): { line: Line; expected: number; like: Line | undefined } | undefined {
  for (const number of candidates) {
    const line = lines[number - 1];
    if (!content(line) || line!.text.startsWith('\t')) continue;
    const plausible = plausibleIndents(lines, number);
    if (plausible.has(line!.indent)) continue;
    const near = [...plausible].filter((indent) => Math.abs(indent - line!.indent) <= 2).sort((a, b) => Math.abs(a - line!.indent) - Math.abs(b - line!.indent));
    if (near.length === 0) continue;
    // When two indents are as close, the lines just around the slip decide.
    const next = lines.slice(number).find(content);
    const previous = lines.slice(0, number - 1).reverse().find(content);
    const tied = near.filter((indent) => Math.abs(indent - line!.indent) === Math.abs(near[0]! - line!.indent));
    const expected = tied.find((indent) => indent === next?.indent) ?? tied.find((indent) => indent === previous?.indent) ?? tied[0]!;
    const like = [next, previous].find((other) => other?.indent === expected && other.key !== undefined);
    return { line: line!, expected, like };
  }
  return undefined;
}

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The line where a quote, bracket or brace that never closes was opened, searching up from `line`. */
function unclosedOpening(lines: Line[], line: number, opener: RegExp): Line | undefined {
  for (let number = Math.min(line, lines.length); number >= 1; number--) {
    const text = lines[number - 1]!.text;
    if (opener.test(text)) return lines[number - 1];
  }
  return undefined;
}

/** Explains the first of the parser's errors; the rest usually follow from it. */
export function explainSyntaxError(text: string, errors: readonly ParserError[]): SyntaxProblem | undefined {
  const first = [...errors].sort((a, b) => a.offset - b.offset)[0];
  if (!first) return undefined;
  const lines = linesOf(text);
  const errorLine = lineAt(text, first.offset);

  if (first.code === 'TAB_AS_INDENT') {
    return { line: errorLine, column: 1, message: 'This line is indented with a tab; YAML only accepts spaces', hint: 'Replace the tab with spaces, as many as the lines around it use.' };
  }

  // A slip is reported on its own line (too few spaces) or on the line above (too many: the
  // parser reads it as the rest of the value above).
  const slip = indentationSlip(lines, [errorLine, errorLine + 1]);
  if (slip) {
    const key = slip.line.key ? `"${slip.line.key}"` : 'it';
    return {
      line: slip.line.number,
      column: 1,
      message: `This line is indented ${spaces(slip.line.indent)}, but the lines around it use ${slip.expected}`,
      hint: `Indent ${key} with ${spaces(slip.expected)}${slip.like ? `, like "${slip.like.key}" on line ${slip.like.number}` : ''}.`,
    };
  }

  if (/quote/i.test(first.message)) {
    const opened = unclosedOpening(lines, errorLine, /^[^#"']*:\s+(["'])(?:(?!\1).)*$/) ?? lines[errorLine - 1];
    return {
      line: opened?.number ?? errorLine,
      column: 1,
      message: 'A quote opened on this line is never closed',
      hint: 'Add the closing quote at the end of the value, or remove the opening one.',
    };
  }

  if (/flow (sequence|mapping)|\]|\}/i.test(first.message)) {
    const opened = unclosedOpening(lines, errorLine, /[[{][^\]}]*$/);
    return {
      line: opened?.number ?? errorLine,
      column: 1,
      message: 'A list [ … ] or map { … } opened on this line is never closed',
      hint: 'Close it on the same line with ] or }, or write the items as a "- " list below the key.',
    };
  }

  const line = lines[errorLine - 1];
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && line?.key) {
    const value = line.text.slice(line.text.indexOf(':') + 1).trim();
    return {
      line: errorLine,
      column: 1,
      message: 'The value on this line contains ": ", which YAML reads as the start of another key',
      hint: `Put the value in quotes: ${line.key.replace(/^- /, '')}: "${value.replace(/"/g, '\\"')}"`,
    };
  }

  if (first.code === 'MULTILINE_IMPLICIT_KEY' || (first.code === 'BLOCK_AS_IMPLICIT_KEY' && line && !line.key)) {
    return {
      line: errorLine,
      column: 1,
      message: 'This line is not "key: value": the colon after the key is probably missing',
      hint: 'Write a colon and a space after the key, e.g. "title: Connect your warehouse".',
    };
  }

  return undefined;
}
