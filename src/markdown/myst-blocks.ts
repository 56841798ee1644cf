// MyST Markdown, as Sphinx and Jupyter Book docs write it (export-syntax.ts runs this pass):
// directives fenced as code ("```{note}", "````{warning} Title", ":::{tip}") become the portal's
// callouts, tabs and details; "{code-block} yaml" a code block; "{image}" and "{figure}" an image;
// "{toctree}", "{contents}" and "{include}" go (the portal lists and links pages itself); any
// other directive shows its content. Option lines (":class: dropdown") and "(label)=" targets go,
// and roles show their text: {ref}`Text <label>` → Text, {doc}`Text <path>` → a link to the page.
import { CALLOUT_KINDS } from './export-tags.ts';
import type { Line } from './export-syntax.ts';

const DIRECTIVE = /^([ \t]*)(`{3,}|~{3,}|:{3,})\{([\w:.-]+)\}[ \t]*(.*?)[ \t]*$/;
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const OPTION = /^[ \t]*:[\w-]+:(?:[ \t].*)?$/;
const TARGET = /^[ \t]*\([\w:.-]+\)=[ \t]*$/;
const ROLE = /\{([\w:-]+)\}`([^`]+)`/g;

/** A quick test for the files this pass rewrites. */
export const MYST = /^[ \t]*(?:`{3,}|~{3,}|:{3,})\{[\w:.-]+\}|\{[\w:-]+\}`[^`]+`|^[ \t]*\([\w:.-]+\)=[ \t]*$/m;

/** What a directive becomes: a block of the portal's, code, an image, nothing, or only its content. */
type Kind = { block: { name: string; label?: string | undefined } } | { code: string } | { image: string } | 'drop' | 'unwrap';

const BLOCKS: Record<string, string> = { dropdown: 'details', 'tab-set': 'tabs', 'tab-item': 'tab', tab: 'tab', admonition: 'note' };
const CODE = new Set(['code-block', 'code', 'sourcecode', 'code-cell', 'math', 'mermaid', 'prompt']);
const DROPPED = new Set([
  'toctree',
  'contents',
  'include',
  'literalinclude',
  'raw',
  'eval-rst',
  'only',
  'autosummary',
  'index',
  'tableofcontents',
]);

function kindOf(name: string, argument: string): Kind {
  const bare = name.replace(/^\w+:/, '').toLowerCase();
  const kind = CALLOUT_KINDS[bare];
  if (kind) return { block: { name: kind, label: argument || (bare === 'seealso' ? 'See also' : undefined) } };
  const block = BLOCKS[bare];
  if (block) return { block: { name: block, label: argument || (block === 'tab' ? 'Tab' : undefined) } };
  if (CODE.has(bare)) return { code: bare === 'math' || bare === 'mermaid' ? bare : argument.split(/\s+/)[0]! };
  if (bare === 'image' || bare === 'figure') return { image: argument };
  return DROPPED.has(bare) ? 'drop' : 'unwrap';
}

/** A role as what it shows: a page or file role ({doc}, {download}) as a link to it, others as their text. */
function roleText(role: string, content: string): string {
  const [, label, target] = /^(.*?)\s*<([^>]+)>$/.exec(content) ?? [undefined, content, content];
  const name = role.replace(/^\w+:/, '');
  if (name === 'doc' || name === 'download') return `[${label}](${target})`;
  if (name === 'kbd') return `<kbd>${label}</kbd>`;
  if (name === 'code' || name === 'literal' || name === 'file' || name === 'command') return `\`${label}\``;
  if (name === 'guilabel' || name === 'menuselection') return `**${label!.replace(/&(?=\w)/g, '').replace(/-->/g, '→')}**`;
  return name === 'abbr' ? label!.replace(/\s*\([^)]*\)$/, '') : label!;
}

/**
 * A line with its roles rewritten, and where each of its columns was in the line as written: text
 * between roles keeps its place (a link after a role is reported where it is), a role's text
 * points at the role.
 */
function withoutRoles(text: string): { text: string; columnOf: (column: number) => number } {
  const pieces: { from: number; to: number; source: number; verbatim: boolean }[] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(ROLE)) {
    pieces.push({ from: out.length, to: out.length + match.index - last, source: last, verbatim: true });
    out += text.slice(last, match.index);
    const shown = roleText(match[1]!, match[2]!);
    pieces.push({ from: out.length, to: out.length + shown.length, source: match.index, verbatim: false });
    out += shown;
    last = match.index + match[0].length;
  }
  pieces.push({ from: out.length, to: Infinity, source: last, verbatim: true });
  out += text.slice(last);
  const columnOf = (column: number) => {
    const piece = pieces.find((candidate) => column < candidate.to) ?? pieces.at(-1)!;
    return Math.min(text.length, piece.source + (piece.verbatim ? column - piece.from : 0));
  };
  return { text: out, columnOf };
}

export function mystBlocks(lines: Line[]): Line[] {
  const open: { fence: string; kind: Kind }[] = [];
  let code: string | undefined;
  let options = false;
  const out: Line[] = [];
  /** The text of the line after the one at `index`, as the earlier passes left it. */
  const next = (index: number) => {
    const following = lines[index + 1]?.text;
    return typeof following === 'string' ? following : '';
  };
  lines.forEach((line, index) => {
    if (typeof line.text !== 'string') return void out.push(line);
    const text = line.text;
    const keep = (replacement: string | Line['text']) => void out.push({ ...line, text: replacement, rewritten: true });
    // Inside a plain code block, or a directive shown as code, nothing is rewritten.
    const top = open.at(-1);
    const closes = (fence: string) =>
      new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : fence[0] === '~' ? '~' : ':'}{${fence.length},}[ \\t]*$`).test(text);
    if (code !== undefined) {
      if (closes(code)) code = undefined;
      return void out.push(line);
    }
    if (top && closes(top.fence)) {
      open.pop();
      const { kind } = top;
      if (typeof kind === 'object' && 'block' in kind) return keep({ indent: /^[ \t]*/.exec(text)![0], written: text });
      return keep(typeof kind === 'object' && 'code' in kind ? text.replace(/[`~:]+/, '```') : '');
    }
    if (top && typeof top.kind === 'object' && 'code' in top.kind) {
      if (options && OPTION.test(text)) return keep(OPTION.test(next(index)) ? '' : `${/^[ \t]*/.exec(text)![0]}\`\`\`${top.kind.code}`);
      options = false;
      return void out.push(line);
    }
    if (top?.kind === 'drop') return keep('');
    if (options && OPTION.test(text)) {
      if (top && typeof top.kind === 'object' && 'image' in top.kind) {
        const alt = /^[ \t]*:alt:[ \t]*(.*)$/.exec(text)?.[1];
        if (alt) {
          const image = out.findLast((written) => typeof written.text === 'string' && written.text.trimStart().startsWith('!['));
          if (image) image.text = (image.text as string).replace(/!\[[^\]]*\]/, `![${alt.replace(/[[\]]/g, '')}]`);
        }
      }
      return keep('');
    }
    options = false;
    const directive = DIRECTIVE.exec(text);
    if (directive) {
      const [, indent, fence, name, argument] = directive as unknown as [string, string, string, string, string];
      const kind = kindOf(name, argument);
      open.push({ fence, kind });
      options = true;
      if (kind === 'drop' || kind === 'unwrap') return keep(kind === 'unwrap' && argument ? `${indent}**${argument}**` : '');
      if ('block' in kind) return keep({ indent, opens: kind.block, written: text });
      // A code block opens after its option lines (":linenos:"), which would be code inside it.
      if ('code' in kind) return keep(OPTION.test(next(index)) ? '' : `${indent}\`\`\`${kind.code}`);
      return keep(`${indent}![${kind.image.split('/').at(-1)}](${kind.image})`);
    }
    const plain = FENCE.exec(text);
    if (plain) {
      code = plain[2];
      return void out.push(line);
    }
    if (TARGET.test(text)) return keep('');
    if (!text.includes('}`')) return void out.push(line);
    const roles = withoutRoles(text);
    // A dedented line's columns are the written line's less its dedent.
    const columnOf = (column: number) => roles.columnOf(column) + line.dedent;
    out.push(roles.text === text ? line : { ...line, text: roles.text, rewritten: true, columnOf });
  });
  return out;
}
