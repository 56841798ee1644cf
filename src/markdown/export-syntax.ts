// Block syntax of other docs tools, rewritten into the ":::" blocks Milepost renders
// (admonitions.ts, export-blocks.ts) before an article is parsed, so their exports drop in
// without edits: GitBook's and Hugo's tags ("{% hint %}", "{{< alert >}}", tabs, embeds, files),
// MkDocs' indented "!!! note" admonitions and '=== "Tab"' content tabs, and what Docusaurus
// writes in its .md files (read as MDX there): imports, "{/* comments */}", <Tabs>, <TabItem>;
// MyST's fenced directives and roles (myst-blocks.ts); and, first, ReadMe's "[block:…]" magic
// blocks (readme-blocks.ts); and an HTML body's indented tags (indented-html.ts). Lines keep
// their numbers (a ReadMe block's Markdown may need more lines than it had), and offsets map back
// to the file as written (originalOffset).
import { codeFences } from './code-fences.ts';
import { withoutConfluenceChrome } from './confluence-chrome.ts';
import { lineAt, lineStarts } from './line-starts.ts';
import { readmeBlocks, type LeftOutBlock } from './readme-blocks.ts';
import { blockTag, CALLOUT_KINDS, indentOf, inlineRewrites, jsxDedents, spaces, type BlockTag } from './export-tags.ts';
import { MYST, mystBlocks } from './myst-blocks.ts';
import { htmlBody, INDENTED_TAG } from './indented-html.ts';

/** A line that opens or closes a block; its fence length is set once every block is matched. */
export interface Fence {
  indent: string;
  /** The block's name and what follows the colons (":::tab[npm]"), undefined for a closing line. */
  opens?: { name: string; label?: string | undefined; attributes?: string | undefined };
  /** The line as written, kept if the block never closes (or closes nothing). */
  written: string;
}

export interface Line {
  text: string | Fence;
  /** Its line in the source (an inserted closing line takes the line before it). */
  origin: number;
  /** Columns removed from its start (a block's indentation). */
  dedent: number;
  /** Whether the line was rewritten within, so its columns no longer match. */
  rewritten?: boolean;
  /** For a line rewritten within: the column in the source of each column of its text, where known. */
  columnOf?: (column: number) => number;
  /** A closing line added after the last line of its block, which had no blank line after it. */
  added?: boolean;
}

export interface ExportSyntax {
  text: string;
  /** The offset in the source as written of an offset in `text`. */
  originalOffset(offset: number): number;
  /** Blocks left out of the page (ReadMe's of a type the portal cannot show), for the validator to warn about. */
  leftOut: LeftOutBlock[];
}

/** A quick test for anything this file rewrites: most articles have none, and are passed on as they are. */
const ANY =
  /\[block:|\{%|\{\{[<%]|^[ \t]*\{:|^[ \t]*:{3,}[ \t]|^[ \t]*(?:!!!|\?\?\?|===|\/{3})|<\/?(?:Tabs|TabItem|Admonition)\b|^[ \t]*<\/?aside>[ \t]*$|^import\s|\{\/\*|\)\{|^\*\[|\[TOC\]|\[\[[^\]\n]+\]\]|^[?!]>[ \t]|\s["']:[a-z]|<Badge\b|\{\{-?\s*(?:site|page|include|layout|jekyll)\./im;
/** MkDocs admonitions: '!!! warning "Title"', collapsible '??? tip', '???+ note', with modifiers ("inline end"). */
const MKDOCS_ADMONITION = /^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)((?:[ \t]+[\w-]+)*)(?:[ \t]+"([^"]*)")?[ \t]*$/;
/** MkDocs Material content tabs: '=== "Tab title"'. */
const MKDOCS_TAB = /^([ \t]*)===\+?[ \t]+"([^"]*)"[ \t]*$/;

const isBlank = (line: string) => line.trim() === '';

/** Whether `source` may have anything the passes below rewrite (most articles have none). */
const mayHaveExportSyntax = (source: string) => ANY.test(source) || MYST.test(source) || INDENTED_TAG.test(source);

export function exportSyntax(written: string): ExportSyntax {
  // Confluence's breadcrumbs, author line and footer, blanked in place (offsets stay the file's).
  const source = withoutConfluenceChrome(written);
  if (!mayHaveExportSyntax(source)) return { text: source, originalOffset: (offset) => offset, leftOut: [] };
  const readme = readmeBlocks(source);
  const others = otherToolsSyntax(readme.text);
  if (readme.text === source) return { ...others, leftOut: [] };
  return { text: others.text, originalOffset: (offset) => readme.originalOffset(others.originalOffset(offset)), leftOut: readme.leftOut };
}

/** The blocks of every tool but ReadMe, line for line. */
function otherToolsSyntax(source: string): Omit<ExportSyntax, 'leftOut'> {
  if (!mayHaveExportSyntax(source)) return { text: source, originalOffset: (offset) => offset };
  const myst = MYST.test(source);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const written = source.split(/\r?\n/);
  const indented = indentedBlocks(written);
  const lines = attributeListCallouts(taggedBlocks(myst ? mystBlocks(indented) : indented));
  const texts = fenced(lines);
  return { text: texts.join(eol), originalOffset: offsetMap(lines, texts, written, eol.length) };
}

/**
 * MkDocs blocks, whose content is the indented lines after them: each becomes an opening line,
 * its content (four columns less indented) and a closing line, on the first blank line after the
 * content (one line is added only where a block ends without one).
 */
function indentedBlocks(written: string[]): Line[] {
  const out: Line[] = [];
  /** Open blocks: the indentation of their content in the source, and how much of it each line loses. */
  const open: { content: number; dedent: number; indent: string }[] = [];
  const code = codeFences();
  const close = (at: number) => {
    const block = open.pop()!;
    // The closing line takes the place of the first blank line after the block's content, if any.
    let blank = out.length;
    while (blank > 0 && out[blank - 1]!.text === '' && typeof out[blank - 1]!.text === 'string') blank--;
    const closing: Line = { text: { indent: block.indent, written: '' }, origin: at - 1, dedent: 0 };
    if (blank < out.length) out[blank] = { ...closing, origin: out[blank]!.origin };
    else out.push({ ...closing, added: true });
    code.end();
  };
  written.forEach((line, index) => {
    if (!isBlank(line)) while (open.length > 0 && indentOf(line) < open.at(-1)!.content) close(index);
    const dedent = open.at(-1)?.dedent ?? 0;
    const text = isBlank(line) ? '' : dedent > 0 ? spaces(line).slice(dedent) : line;
    if (!code.inCode(text)) {
      const admonition = MKDOCS_ADMONITION.exec(text);
      const tab = admonition ? undefined : MKDOCS_TAB.exec(text);
      const next = admonition || tab ? written.slice(index + 1).find((following) => !isBlank(following)) : undefined;
      if (next !== undefined && indentOf(next) >= indentOf(line) + 4) {
        const indent = (admonition ?? tab)![1]!;
        const opens = admonition
          ? { name: CALLOUT_KINDS[admonition[2]!.toLowerCase()] ?? 'note', label: admonition[4] || capitalised(admonition[2]!) }
          : { name: 'tab', label: tab![2] };
        out.push({ text: { indent, opens, written: line }, origin: index, dedent: 0 });
        open.push({ content: indentOf(line) + 4, dedent: dedent + 4, indent });
        return;
      }
    }
    out.push({ text, origin: index, dedent: text === line ? 0 : dedent, rewritten: text !== line && dedent === 0 });
  });
  while (open.length > 0) close(written.length);
  return out;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** GitBook, Hugo, Jekyll and Docusaurus tags on lines of their own, and the small rewrites within lines (export-tags.ts). */
function taggedBlocks(lines: Line[]): Line[] {
  const texts = lines.map((line) => (typeof line.text === 'string' ? line.text : ''));
  const jsx = jsxDedents(texts);
  const html = htmlBody(texts);
  // A line of HTML inside <Tabs> moves as far as either asks: to the left edge.
  const dedents = texts.map((_, index) => Math.max(jsx[index]!, html[index]!.dedent));
  const code = codeFences();
  return lines.map((line, index): Line => {
    if (typeof line.text !== 'string') return line;
    const replaced = html[index]!.text;
    if (replaced !== undefined) return { ...line, text: replaced, rewritten: true };
    let text = line.text;
    const dedent = dedents[index] ?? 0;
    if (dedent > 0) text = spaces(text).slice(dedent);
    if (code.inCode(text)) return { ...line, text, dedent: line.dedent + dedent };
    const tag: BlockTag | undefined = blockTag(text, texts, index + 1);
    if (tag && 'replace' in tag) return { ...line, text: tag.replace, rewritten: true };
    if (tag) return { ...line, text: { indent: /^[ \t]*/.exec(text)![0], ...(tag.opens ? { opens: tag.opens } : {}), written: text } };
    const rewritten = inlineRewrites(text);
    // A column map of an earlier pass (myst-blocks.ts) holds only while the line stays as it was.
    const { columnOf, ...rest } = line;
    const kept = rewritten === text && dedent === 0 && columnOf ? { columnOf } : {};
    // A line rewritten here only (a wiki link made a Markdown link): its columns around the change are known.
    const around =
      rewritten !== text && !line.rewritten && !columnOf && line.dedent + dedent === 0 ? { columnOf: aroundChange(text, rewritten) } : {};
    return { ...rest, ...kept, ...around, text: rewritten, dedent: line.dedent + dedent, rewritten: line.rewritten || rewritten !== text };
  });
}

/**
 * The column in `written` of each column of `rewritten`, the same line rewritten within (wiki links
 * made Markdown links, a Hugo shortcode removed): the text both have keeps its column, and what a
 * rewrite wrote takes the column where the text it replaced starts. The two are walked side by side;
 * where they differ, they meet again at the nearest point where the next few characters agree.
 */
function aroundChange(written: string, rewritten: string): (column: number) => number {
  const columns = new Array<number>(rewritten.length);
  const [SAME, MOST_SKIPPED] = [4, 400];
  let [i, j] = [0, 0];
  const agree = (a: number, b: number) => {
    const length = Math.min(SAME, written.length - a, rewritten.length - b);
    return length > 0 ? written.startsWith(rewritten.slice(b, b + length), a) : a === written.length && b === rewritten.length;
  };
  while (j < rewritten.length) {
    if (i < written.length && written[i] === rewritten[j]) {
      columns[j++] = i++;
      continue;
    }
    // The nearest meeting point, fewest characters skipped on both sides together; past a few
    // hundred (a long line rewritten whole), the rest of the line takes where the change starts.
    let meet: [number, number] = [written.length, rewritten.length];
    const most = Math.min(MOST_SKIPPED, written.length - i + rewritten.length - j);
    search: for (let skipped = 1; skipped <= most; skipped++)
      for (let di = 0; di <= skipped; di++) {
        const dj = skipped - di;
        if (i + di <= written.length && j + dj <= rewritten.length && agree(i + di, j + dj)) {
          meet = [i + di, j + dj];
          break search;
        }
      }
    while (j < meet[1]) columns[j++] = Math.min(i, written.length);
    i = meet[0];
  }
  return (column) => (column < columns.length ? columns[column]! : column - rewritten.length + written.length);
}

/** A kramdown block attribute list on a line of its own: `{: .note }`, `{:toc}`, `{: .fs-6 .fw-300 }`. */
const BLOCK_ATTRIBUTES = /^([ \t]*)\{:\s*([^}]*)\}[ \t]*$/;
/** The classes Just the Docs draws as callouts, and the callout each becomes. */
const KRAMDOWN_CALLOUTS: Record<string, string> = {
  note: 'note',
  'note-title': 'note',
  highlight: 'note',
  important: 'important',
  new: 'tip',
  tip: 'tip',
  warning: 'warning',
  'warning-title': 'warning',
  info: 'info',
  caution: 'caution',
  danger: 'danger',
};

/** Docsify's callouts: a paragraph starting "?> " is a tip, one starting "!> " a warning. */
const DOCSIFY_CALLOUT = /^([?!])>[ \t]+/;

/**
 * Kramdown's block attribute lists (Jekyll, Just the Docs): `{: .note }` before a paragraph makes
 * it a callout, closed on the blank line after it; other lists (`{: .fs-6 }`) go, and so does
 * `{:toc}` with the "TOC" list item it stands under (the page has its own table of contents).
 * Docsify's "?> " and "!> " paragraphs are callouts the same way.
 */
function attributeListCallouts(lines: Line[]): Line[] {
  const out: Line[] = [];
  const code = codeFences();
  let callout: { indent: string; content: boolean } | undefined;
  for (const line of lines) {
    if (typeof line.text !== 'string') {
      out.push(line);
      continue;
    }
    const text = line.text;
    if (code.inCode(text)) {
      if (callout) callout.content = true;
      out.push(line);
      continue;
    }
    if (callout && isBlank(text) && callout.content) {
      out.push({ ...line, text: { indent: callout.indent, written: text } });
      callout = undefined;
      continue;
    }
    const docsify = callout ? undefined : DOCSIFY_CALLOUT.exec(text);
    if (docsify) {
      // The callout opens on a line of its own before the paragraph, which loses its marker.
      out.push({
        text: { indent: '', opens: { name: docsify[1] === '!' ? 'warning' : 'tip' }, written: '' },
        origin: line.origin,
        dedent: 0,
      });
      out.push({ ...line, text: text.slice(docsify[0].length), dedent: line.dedent + docsify[0].length });
      callout = { indent: '', content: true };
      continue;
    }
    const attributes = BLOCK_ATTRIBUTES.exec(text);
    if (!attributes) {
      if (callout && !isBlank(text)) callout.content = true;
      out.push(line);
      continue;
    }
    const kind = attributes[2]!
      .split(/\s+/)
      .map((token) => KRAMDOWN_CALLOUTS[token.replace(/^\./, '')])
      .find(Boolean);
    if (kind && !callout) {
      out.push({ ...line, text: { indent: attributes[1]!, opens: { name: kind }, written: text } });
      callout = { indent: attributes[1]!, content: false };
      continue;
    }
    if (/^toc$/i.test(attributes[2]!.trim())) {
      const item = out.at(-1);
      if (item && typeof item.text === 'string' && /^\s*(?:[*+-]|1\.)\s+(?:TOC|Table of contents)\s*$/i.test(item.text))
        out[out.length - 1] = { ...item, text: '', rewritten: true };
    }
    out.push({ ...line, text: '', rewritten: true });
  }
  if (callout?.content) out.push({ text: { indent: callout.indent, written: '' }, origin: out.at(-1)!.origin, dedent: 0, added: true });
  return out;
}

/** The lines as text: each block's fence as long as it must be to hold the blocks inside it, unmatched tags as written. */
function fenced(lines: Line[]): string[] {
  const length = new Map<Fence, number>();
  const stack: { fence: Fence; height: number }[] = [];
  for (const { text } of lines) {
    if (typeof text === 'string') continue;
    if (text.opens) stack.push({ fence: text, height: 0 });
    else if (stack.length > 0) {
      const block = stack.pop()!;
      length.set(block.fence, 3 + block.height).set(text, 3 + block.height);
      if (stack.length > 0) stack.at(-1)!.height = Math.max(stack.at(-1)!.height, block.height + 1);
    }
  }
  return lines.map(({ text }) => {
    if (typeof text === 'string') return text;
    const colons = length.get(text);
    if (colons === undefined) return text.written;
    const label = text.opens?.label === undefined ? '' : `[${text.opens.label.replace(/[\\[\]]/g, '\\$&')}]`;
    return `${text.indent}${':'.repeat(colons)}${text.opens ? `${text.opens.name}${label}${text.opens.attributes ?? ''}` : ''}`;
  });
}

/** Maps an offset in the rewritten text to the source: within a line, back by what it lost at its start. */
function offsetMap(lines: Line[], texts: string[], written: string[], eolLength: number): (offset: number) => number {
  const [newStarts, oldStarts] = [lineStarts(texts, eolLength), lineStarts(written, eolLength)];
  return (offset) => {
    const low = lineAt(newStarts, texts.length, offset);
    const line = lines[low]!;
    const column = offset - newStarts[low]!;
    const origin = oldStarts[line.origin]!;
    if (line.added) return origin + written[line.origin]!.length;
    if (typeof line.text !== 'string') return origin;
    if (line.columnOf) return origin + line.columnOf(column);
    if (line.rewritten) return origin + Math.min(column, written[line.origin]!.length);
    return origin + column + line.dedent;
  };
}
