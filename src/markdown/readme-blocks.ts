// ReadMe's magic blocks, as its older projects and exports write them: a line "[block:TYPE]",
// JSON, then "[/block]". Each is rewritten into the Markdown readme-block-markdown.ts gives it,
// before the other tools' syntax (export-syntax.ts); a block the portal cannot show is left out,
// and said so (`leftOut`, a warning at its line). Lines after a block keep their numbers when its
// Markdown is shorter than it (blank lines fill the rest), and offsets map back to the file as
// written: a line of a block's Markdown to the JSON line that holds its text.
import { codeFences } from './code-fences.ts';
import { lineAt, lineStarts } from './line-starts.ts';
import { blockMarkdown, type BlockLine } from './readme-block-markdown.ts';

/** A block left out of the page: where it starts in the source, and what to tell the editor. */
export interface LeftOutBlock {
  offset: number;
  message: string;
  hint: string;
}

export interface ReadmeBlocks {
  text: string;
  /** The offset in the source as written of an offset in `text`. */
  originalOffset(offset: number): number;
  leftOut: LeftOutBlock[];
}

/** Where a line of the rewritten text comes from: a line of the source, and the column its text starts at there. */
interface Origin {
  line: number;
  column: number;
}

const OPENING = /^([ \t]*)\[block:([^\]\n]{1,100})\]/;
const CLOSING = '[/block]';
const isBlank = (line: string) => line.trim() === '';

export function readmeBlocks(source: string): ReadmeBlocks {
  if (!source.includes('[block:')) return { text: source, originalOffset: (offset) => offset, leftOut: [] };
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const written = source.split(/\r?\n/);
  const texts: string[] = [];
  const origins: Origin[] = [];
  const leftOut: LeftOutBlock[] = [];
  const starts = lineStarts(written, eol.length);
  const code = codeFences();
  for (let index = 0; index < written.length; index++) {
    const line = written[index]!;
    const opening = code.inCode(line) ? null : OPENING.exec(line);
    const end = opening ? closingLine(written, index) : -1;
    if (!opening || end === -1) {
      texts.push(line);
      origins.push({ line: index, column: 0 });
      continue;
    }
    const [indent, type] = [opening[1]!, opening[2]!.trim().toLowerCase()];
    const block = written.slice(index, end + 1);
    const json = block.join('\n').slice(opening[0].length, block.join('\n').lastIndexOf(CLOSING));
    const markdown = parsed(json, type, index + 1);
    if ('leftOut' in markdown) {
      leftOut.push({
        offset: starts[index]! + indent.length,
        message: `ReadMe's "[block:${type}]" is left out of the page: ${markdown.leftOut}`,
        hint: 'Write what it showed as Markdown (a table, a list, an image), or remove the block.',
      });
    }
    const lines = laidOut('lines' in markdown ? markdown.lines : [], indent, {
      before: index > 0 && !isBlank(written[index - 1]!),
      after: end + 1 < written.length && !isBlank(written[end + 1]!),
      height: block.length,
    });
    const originOf = originFinder(written, index, end);
    // In order: a line of its own comes from where the line before it did, and JSON written in
    // an unusual order ("body" before "title") points at the later place rather than back.
    let previous: Origin = { line: index, column: 0 };
    for (const markdownLine of lines) {
      const { key } = markdownLine;
      const found = key === undefined ? previous : originOf({ ...markdownLine, key });
      previous = found.line > previous.line || (found.line === previous.line && found.column >= previous.column) ? found : previous;
      texts.push(markdownLine.text);
      origins.push(previous);
    }
    index = end;
  }
  return { text: texts.join(eol), originalOffset: offsetMap(texts, origins, written, starts, eol.length), leftOut };
}

/** The line holding the "[/block]" that ends the block opened at `start`, or -1 (another block opens first, or none ends it). */
function closingLine(written: readonly string[], start: number): number {
  for (let index = start; index < written.length; index++) {
    const line = index === start ? written[index]!.replace(OPENING, '') : written[index]!;
    if (index > start && OPENING.test(line)) return -1;
    if (line.includes(CLOSING)) return index;
  }
  return -1;
}

/** The block's Markdown; JSON that cannot be read is left out, with what is wrong and on which line of the file (its first is `line`). */
function parsed(json: string, type: string, line: number): ReturnType<typeof blockMarkdown> {
  try {
    return blockMarkdown(type, JSON.parse(json));
  } catch (error) {
    const message = (error as Error).message;
    const position = / in JSON at position (\d+)/.exec(message);
    const where = position ? ` (line ${line + json.slice(0, Number(position[1])).split('\n').length - 1})` : '';
    return { leftOut: `its JSON cannot be read: ${message.replace(/ in JSON at position .*$/, '')}${where}` };
  }
}

/**
 * The block's Markdown as lines: apart from the lines around it, indented as the block was (in a
 * list item, it stays in the item), and with blank lines to fill the block's height.
 */
function laidOut(lines: BlockLine[], indent: string, around: { before: boolean; after: boolean; height: number }): BlockLine[] {
  const out: BlockLine[] = [
    ...(around.before ? [{ text: '' }] : []),
    ...lines.map((line) => (line.text === '' ? line : { ...line, text: indent + line.text })),
    ...(around.after ? [{ text: '' }] : []),
  ];
  while (out.length < around.height) out.push({ text: '' });
  return out;
}

/**
 * Where a line of a block's Markdown that shows a JSON value comes from: the JSON line of its key,
 * at its text where the JSON holds it as written. The lines of one value ("body": "A\nB") are
 * looked for one after the other; keys from where the last one was.
 */
function originFinder(written: readonly string[], start: number, end: number): (line: BlockLine & { key: string }) => Origin {
  let last: { key: string; line: number; column: number; after: number } | undefined;
  /** The first place at or after (line, column) where `shown` is written, within the block. */
  const find = (shown: string, line: number, column: number) => {
    for (let row = line; shown !== '' && row <= end; row++) {
      const at = written[row]!.indexOf(shown, row === line ? column : 0);
      if (at !== -1) return { line: row, at };
    }
    return undefined;
  };
  return ({ text, key, shows }) => {
    const shown = shows ?? text.trim();
    // As the JSON writes it: quotes and backslashes escaped (columns after an escape are off by it).
    const inJson = JSON.stringify(shown).slice(1, -1);
    if (last?.key !== key) {
      const rows = [...Array(end - start + 1).keys()].map((row) => start + row);
      const from = last ? rows.indexOf(last.line) : 0;
      const line = [...rows.slice(from), ...rows.slice(0, from)].find((row) => written[row]!.includes(`"${key}"`));
      if (line === undefined) return { line: start, column: 0 };
      const column = written[line]!.indexOf(`"${key}"`);
      last = { key, line, column, after: column + key.length + 2 };
    }
    const found = find(inJson, last.line, last.after);
    if (!found) return { line: last.line, column: last.column };
    last = { ...last, line: found.line, column: found.at, after: found.at + inJson.length };
    return { line: found.line, column: found.at - text.indexOf(shown) };
  };
}

/** Maps an offset in the rewritten text to the source: into the line each line comes from, never past its end. */
function offsetMap(
  texts: string[],
  origins: Origin[],
  written: string[],
  oldStarts: number[],
  eolLength: number,
): (offset: number) => number {
  const newStarts = lineStarts(texts, eolLength);
  return (offset) => {
    const low = lineAt(newStarts, texts.length, offset);
    const { line, column } = origins[low]!;
    return oldStarts[line]! + Math.max(0, Math.min(column + offset - newStarts[low]!, written[line]!.length));
  };
}
