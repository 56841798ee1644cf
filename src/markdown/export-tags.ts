// The tags of other docs tools that export-syntax.ts rewrites, one line at a time: what each
// opens or closes, or the line it becomes. GitBook and Jekyll write "{% name %}", Hugo
// "{{< name >}}" or "{{% name %}}", pymdownx "/// name | Title", Docusaurus <Tabs> and <TabItem>,
// Notion <aside>.
import { escapeHtml, tryDecode } from '../lib/escape.ts';
import { titleFromFileName, titleFromFolderName } from '../lib/kb-paths.ts';
import { outsideInlineCode } from './code-fences.ts';
import { htmlAttributes } from './raw-html.ts';
import { calloutKindOfIcon } from './callout-icons.ts';
import { withWikiLinks } from './wiki-links.ts';
import { ARTICLE_EXTENSION } from '../lib/slugs.ts';

/** The callout each tool's kind of note is shown as (admonitions.ts renders these). */
export const CALLOUT_KINDS: Record<string, string> = Object.fromEntries(
  Object.entries({
    note: ['note', 'abstract', 'summary', 'tldr', 'example', 'quote', 'cite', 'question', 'help', 'faq', 'seealso'],
    info: ['info', 'todo', 'primary', 'secondary'],
    tip: ['tip', 'hint', 'success', 'check', 'done'],
    important: ['important'],
    warning: ['warning', 'warn', 'attention'],
    caution: ['caution'],
    danger: ['danger', 'error', 'failure', 'fail', 'missing', 'bug'],
  }).flatMap(([kind, names]) => names.map((name) => [name, kind])),
);

export type BlockTag =
  | { replace: string }
  /** A line that opens a block (`opens`) or closes the innermost one. */
  | { opens?: { name: string; label?: string | undefined; attributes?: string | undefined } };

// One tag on the line: "{% raw %}{{ x }}{% endraw %}" is text with tags in it, not one tag.
const LIQUID = /^[ \t]*\{%-?\s*(end)?([a-z][\w-]*)((?:(?!%\}).)*?)-?%\}[ \t]*$/i;
const HUGO = /^[ \t]*\{\{([<%])\s*(\/)?\s*([\w-]+)(.*?)\s*[>%]\}\}[ \t]*$/;
const JSX = /^[ \t]*<(\/)?(Tabs|TabItem|Admonition)\b((?:[^>"']|"[^"]*"|'[^']*')*)>[ \t]*$/;
const PYMDOWNX = /^[ \t]*\/{3,}[ \t]*(?:([\w-]+)(?:[ \t]*\|[ \t]*(.*?))?)?[ \t]*$/;
/** Notion's callout in its Markdown export: `<aside>` and `</aside>` on lines of their own, its icon first inside. */
const ASIDE = /^[ \t]*<(\/)?aside>[ \t]*$/i;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))|"([^"]*)"|'([^']*)'|([^\s"'=>]+)/g;

/** A tag's named attributes, and its positional ones in order (Hugo's `{{< hint warning >}}`). */
function attributesOf(text: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of text.matchAll(ATTRIBUTE)) {
    if (match[1]) named.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
    else positional.push(match[5] ?? match[6] ?? match[7] ?? '');
  }
  return { named, positional };
}

const callout = (kind: string | undefined, label?: string) => ({
  opens: { name: CALLOUT_KINDS[(kind ?? '').toLowerCase()] ?? 'note', label: label || undefined },
});
const tab = (label: string | undefined) => ({ opens: { name: 'tab', label: label || 'Tab' } });
const CLOSE: BlockTag = {};
const DROP: BlockTag = { replace: '' };

/** An embedded page or video; a closing tag further down makes its caption part of it. */
function embed(url: string | undefined, closedBelow: boolean): BlockTag | undefined {
  const attributes = embedAttributes(url);
  if (attributes === undefined) return undefined;
  return closedBelow ? { opens: { name: 'embed', attributes } } : { replace: `::embed${attributes}` };
}

/** The attributes of an ":::embed" block (export-blocks.ts) showing a web page, or undefined for any other address. */
export function embedAttributes(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url) || url.includes('"')) return undefined;
  return `{url="${url}"}`;
}

/** Text for a Markdown title line: its punctuation escaped, so it stays text. */
export const literal = (text: string) => text.replace(/[\\`*_{}[\]<>()#+!|~-]/g, '\\$&');

/** The block a line opens or closes, or what it becomes; `lines[next]` is the line after it. */
export function blockTag(line: string, lines: readonly string[], next: number): BlockTag | undefined {
  const liquid = LIQUID.exec(line);
  if (liquid) return liquidTag(liquid[2]!.toLowerCase(), liquid[1] !== undefined, liquid[3]!, lines, next);
  const hugo = HUGO.exec(line);
  if (hugo) return hugoTag(hugo[3]!.toLowerCase(), hugo[2] !== undefined, hugo[4]!);
  const jsx = JSX.exec(line);
  if (jsx && !/\/\s*$/.test(jsx[3]!)) {
    if (jsx[1]) return CLOSE;
    const { named } = attributesOf(jsx[3]!);
    if (jsx[2] === 'Tabs') return { opens: { name: 'tabs' } };
    if (jsx[2] === 'TabItem') return tab(named.get('label') ?? named.get('value'));
    return callout(named.get('type'), named.get('title'));
  }
  const aside = ASIDE.exec(line);
  if (aside) {
    if (aside[1]) return CLOSE;
    const first =
      lines
        .slice(next)
        .find((text) => text.trim() !== '')
        ?.trim() ?? '';
    return callout(calloutKindOfIcon(first));
  }
  const blocks = PYMDOWNX.exec(line);
  if (blocks) {
    const name = blocks[1]?.toLowerCase();
    if (name === undefined) return CLOSE;
    if (name === 'tab') return tab(blocks[2]);
    if (name === 'details' || CALLOUT_KINDS[name])
      return callout(name === 'details' ? 'note' : name, blocks[2] || (name === 'details' ? 'Details' : undefined));
  }
  return undefined;
}

/** GitBook's blocks, and the Jekyll tags a help center's Markdown keeps. */
function liquidTag(name: string, end: boolean, rest: string, lines: readonly string[], next: number): BlockTag | undefined {
  const { named, positional } = attributesOf(rest);
  switch (name) {
    case 'hint':
      return end ? CLOSE : callout(named.get('style') ?? 'info');
    case 'tabs':
      return end ? CLOSE : { opens: { name: 'tabs' } };
    case 'tab':
      return end ? CLOSE : tab(named.get('title'));
    case 'embed': {
      if (end) return CLOSE;
      const tag = lines.slice(next).find((text) => LIQUID.test(text) && /\b(?:end)?embed\b/.test(text));
      return embed(named.get('url') ?? positional[0], tag !== undefined && /\bendembed\b/.test(tag));
    }
    case 'file': {
      const src = named.get('src') ?? positional[0];
      if (end || !src || /[<>\n]/.test(src)) return end ? DROP : undefined;
      const name = src.split('/').at(-1)!;
      const fileName = tryDecode(name) ?? name;
      const captioned = next < lines.length && !/^\s*$|\{%\s*endfile/.test(lines[next]!);
      return { replace: `[${literal(fileName)}](<${src}>)${captioned ? '\\' : ''}` };
    }
    case 'code': {
      const title = named.get('title');
      return end || !title ? DROP : { replace: `**${literal(title)}**` };
    }
    case 'highlight':
      return { replace: end ? '```' : `\`\`\`${positional[0] ?? ''}` };
    case 'include': {
      // The Jekyll documentation themes' notes, `{% include note.html content="…" %}`, are callouts;
      // any other include of a theme is a part of the old site the portal does not have.
      const kind = /^(note|tip|warning|important|caution|danger|callout)\.html$/i.exec(positional[0] ?? '')?.[1];
      const content = named.get('content');
      const alert =
        { tip: 'TIP', warning: 'WARNING', important: 'IMPORTANT', caution: 'CAUTION', danger: 'CAUTION' }[kind?.toLowerCase() ?? ''] ??
        'NOTE';
      if (kind && content) return { replace: `> [!${alert}] ${content}` };
      // GitBook's reusable content (".gitbook/includes/….md") is left as written: its text is not here to show.
      return /\.md["']?$/i.test(positional[0] ?? '') ? undefined : DROP;
    }
    case 'comment':
      return { replace: end ? '-->' : '<!--' };
    case 'content-ref':
    case 'stepper':
    case 'step':
    case 'columns':
    case 'column':
    case 'raw':
      return DROP;
    default:
      return undefined;
  }
}

/** Hugo's shortcodes for notes, tabs, videos and figures (Docsy, Book, Relearn themes). */
function hugoTag(name: string, end: boolean, rest: string): BlockTag | undefined {
  const { named, positional } = attributesOf(rest);
  if (['alert', 'callout', 'notice', 'hint', 'admonition'].includes(name)) {
    return end
      ? CLOSE
      : callout(
          named.get('type') ?? named.get('color') ?? named.get('context') ?? positional[0] ?? 'note',
          named.get('title') ?? positional[1],
        );
  }
  if (CALLOUT_KINDS[name]) return end ? CLOSE : callout(name, named.get('title'));
  if (name === 'tabpane' || name === 'tabs') return end ? CLOSE : { opens: { name: 'tabs' } };
  if (name === 'tab') return end ? CLOSE : tab(named.get('header') ?? named.get('name') ?? named.get('title') ?? positional[0]);
  if (name === 'highlight') return { replace: end ? '```' : `\`\`\`${positional[0] ?? ''}` };
  if (name === 'details' || name === 'expand')
    return end ? CLOSE : { opens: { name: 'details', label: named.get('title') ?? named.get('summary') ?? positional[0] ?? 'Details' } };
  if (end) return DROP;
  const id = named.get('id') ?? positional[0];
  if (name === 'youtube' && id) return embed(`https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, false);
  if (name === 'vimeo' && id) return embed(`https://vimeo.com/${encodeURIComponent(id)}`, false);
  const src = named.get('src');
  if (name === 'figure' && src && !/[<>]/.test(src))
    return { replace: `![${literal(named.get('alt') ?? named.get('caption') ?? '')}](<${src}>)` };
  // Any other shortcode (Docsy's pageinfo, cardpane, card; a theme's own) leaves its content, under its title if it has one.
  const title = named.get('header') ?? named.get('title');
  return title ? { replace: `**${literal(title.replace(/\*\*/g, ''))}**` } : DROP;
}

/**
 * A line that is only a link named by its target's file or folder name, as GitBook's
 * "{% content-ref %}" blocks hold them: `[quickstart.md](getting-started/quickstart.md)`.
 */
const PAGE_NAMED_LINK = /^(\s*)\[([^\]/]+)\]\((<[^>]+>|[^)\s]+)\)\s*$/;

/** "quickstart.md" → "Quickstart", "warehouses" → "Warehouses": what such a link shows instead. */
function titleOfTarget(name: string): string {
  return ARTICLE_EXTENSION.test(name) ? titleFromFileName(name) : titleFromFolderName(name);
}

/** VitePress and VuePress write a space after the colons: "::: tip Title", "::: details". */
const SPACED_CONTAINER = /^(\s*:{3,})[ \t]+(?=[a-z][\w-]*\b)/;
/** Hugo's links between pages, `[Install]({{< ref "install.md" >}})`: the path it names. */
const HUGO_REF = /\{\{[<%]\s*(?:rel)?ref\s+"([^"]+)"\s*[>%]\}\}/g;
/** A shortcode inside a line (`{{< kbd Ctrl >}}`, `{{< param "version" >}}`): a key as a key; what else it printed the portal cannot know. */
const HUGO_INLINE = /\{\{[<%]\s*\/?\s*([\w-]+)((?:[^"'>%}]|"[^"]*"|'[^']*')*)[>%]\}\}/g;
/** Jekyll's Liquid output of the old site's settings, `{{ site.title }}`, `{{ page.version }}`: nothing the portal has. */
const LIQUID_OUTPUT = /\{\{-?\s*(?:site|page|include|layout|jekyll)\.[\w.]+\s*(?:\|[^}]*)?-?\}\}/g;
/** Jekyll's raw tags within a line: what they hold is shown as written. */
const LIQUID_RAW = /\{%-?\s*(?:end)?raw\s*-?%\}/g;
const ESM_IMPORT = /^import\s+(?:[\w*{}\s,]+\s+from\s+)?["'][^"']+["'];?\s*$/;
const MDX_COMMENT = /^\s*\{\/\*.*\*\/\}\s*$/;
const ABBREVIATION = /^\*\[[^\]]+\]:\s/;
/** VitePress's `<Badge type="tip" text="v2.1" />` (or with its text inside): a small label, as Starlight's <Badge> shows. */
const VUE_BADGE = /<Badge\b((?:[^>"']|"[^"]*"|'[^']*')*?)\s*(?:\/>|>([^<]*)<\/Badge\s*>)/g;
/** Docsify's link options where a title goes: `[Guide](guide.md ':target=_blank')`, `':ignore'`. */
const DOCSIFY_LINK_OPTIONS = /(\]\([^)\s]+)\s+(["'])(?::[\w-]+(?:=[^"'\s]*)?\s*)+\2\)/g;
/** An image or link followed by an attribute list (MkDocs' attr_list): `![Alt](a.png){ width="300" }`. */
const ATTRIBUTE_LIST =
  /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?((?:\s+"[^"]*")?)\s*\)\{:?\s*((?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)))*)\s*\}/g;

/**
 * Rewrites within one line: Docusaurus imports and `{/* comments *\/}` (MDX syntax in its .md
 * files), MkDocs' abbreviation lines and `[TOC]`, VitePress's `[[toc]]` go; an attribute list after
 * an image gives its size as raw HTML does (raw-images.ts), and is dropped elsewhere; VitePress's
 * "::: tip" loses the space the directive syntax does not allow; Hugo's `{{< ref "x.md" >}}` is its path;
 * Docsify's link options (`':target=_blank'`) go; VitePress's `<Badge>` is a badge.
 */
export function inlineRewrites(written: string): string {
  if (ESM_IMPORT.test(written) || MDX_COMMENT.test(written) || ABBREVIATION.test(written) || /^\s*\[\[?TOC\]\]?\s*$/i.test(written))
    return '';
  const text = outsideInlineCode(written.replace(SPACED_CONTAINER, '$1').replace(HUGO_REF, '$1'), (part) =>
    withWikiLinks(
      part
        .replace(HUGO_INLINE, (_whole, name: string, rest: string) => {
          const key = name.toLowerCase() === 'kbd' ? attributesOf(rest).positional[0] : undefined;
          return key ? `<kbd>${escapeHtml(key)}</kbd>` : '';
        })
        .replace(LIQUID_OUTPUT, '')
        .replace(LIQUID_RAW, ''),
    ),
  )
    .replace(DOCSIFY_LINK_OPTIONS, '$1)')
    .replace(VUE_BADGE, (_whole, attributes: string, inside: string | undefined) => {
      const label = (htmlAttributes(attributes).get('text') ?? inside ?? '').trim();
      return label ? `<span class="badge">${escapeHtml(label)}</span>` : '';
    });
  const named = PAGE_NAMED_LINK.exec(text);
  const path = named?.[3]!
    .replace(/^<|>$/g, '')
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '');
  const target = path === undefined ? undefined : (tryDecode(path) ?? path).split('/').at(-1);
  if (named && target && named[2]!.trim() === target) return `${named[1]}[${literal(titleOfTarget(target))}](${named[3]})`;
  if (!text.includes('){')) return text;
  return text.replace(ATTRIBUTE_LIST, (whole, bang: string, alt: string, url: string, title: string, list: string) => {
    const { named } = attributesOf(list);
    const size = ['width', 'height'].filter((key) => /^\d+$/.test(named.get(key) ?? '')).map((key) => ` ${key}="${named.get(key)}"`);
    if (!bang || size.length === 0) return whole.slice(0, whole.lastIndexOf('{'));
    return `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${size.join('')}${title ? ` title="${escapeHtml(title.trim().slice(1, -1))}"` : ''}>`;
  });
}

/** A line with its leading tabs as four spaces each: its indentation as Markdown counts it. */
export const spaces = (line: string) => line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '    '));
/** How many columns a line is indented by. */
export const indentOf = (line: string) => /^ */.exec(spaces(line))![0].length;

/**
 * How far each line inside <Tabs>, <TabItem> and <Admonition> moves left: Docusaurus indents
 * their content, which in Markdown would make it a code block (MDX has none).
 */
export function jsxDedents(lines: string[]): number[] {
  const dedents = lines.map(() => 0);
  const indent = (index: number) => indentOf(lines[index]!) - dedents[index]!;
  lines.forEach((line, start) => {
    const open = JSX.exec(line);
    if (!open || open[1] || /\/\s*$/.test(open[3]!)) return;
    let depth = 0;
    let end = start + 1;
    for (; end < lines.length; end++) {
      const tag = JSX.exec(lines[end]!);
      if (tag && tag[2] === open[2]) depth += tag[1] ? -1 : /\/\s*$/.test(tag[3]!) ? 0 : 1;
      if (depth < 0) break;
    }
    const inside = [...Array(Math.max(0, end - start - 1)).keys()]
      .map((offset) => start + 1 + offset)
      .filter((index) => lines[index]!.trim() !== '');
    const least = Math.min(...inside.map(indent));
    if (end < lines.length && Number.isFinite(least) && least > 0) for (const index of inside) dedents[index]! += least;
  });
  return dedents;
}
