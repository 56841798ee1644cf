// What each of ReadMe's magic blocks ("[block:callout]" and its JSON) becomes in Markdown the
// portal renders: a ":::" callout, images in a ":::figure" with their caption, fenced code under
// its name, a table, a heading, an ":::embed", raw HTML. readme-blocks.ts finds the blocks.
import { escapeHtml } from '../lib/escape.ts';
import { embedAttributes, literal } from './export-tags.ts';

/** A line of the Markdown, and the JSON key whose value it shows (where positions inside it point). */
export interface BlockLine {
  text: string;
  key?: string;
  /** The part of the line the JSON holds as written, when it is not the whole line (an image's address). */
  shows?: string;
}

/** The block's Markdown, or why it is left out of the page. */
export type BlockMarkdown = { lines: BlockLine[] } | { leftOut: string };

type Json = Record<string, unknown>;

/** ReadMe's callout types, each the callout admonitions.ts draws for it (other tools' names as a fallback). */
const CALLOUTS: Record<string, string> = {
  info: 'note',
  success: 'tip',
  okay: 'tip',
  warning: 'warning',
  warn: 'warning',
  danger: 'danger',
  error: 'danger',
};

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const linesOf = (value: string, key: string): BlockLine[] => value.split(/\r?\n/).map((line) => ({ text: line, key }));
/** The text on one line: a title or a table cell cannot hold a line break. */
const oneLine = (value: string) => value.replace(/\s*\r?\n\s*/g, ' ').trim();

export function blockMarkdown(type: string, json: unknown): BlockMarkdown {
  if (!isObject(json)) return { leftOut: 'its JSON is not an object' };
  switch (type) {
    case 'callout':
      return callout(json);
    case 'image':
      return images(json);
    case 'code':
      return codes(json);
    case 'parameters':
      return table(json);
    case 'api-header': {
      const title = oneLine(text(json.title));
      return { lines: title ? [{ text: `## ${title}`, key: 'title' }] : [] };
    }
    case 'embed':
      return embed(json);
    case 'html':
      return html(text(json.html));
    default:
      return { leftOut: 'the portal has no block of that type' };
  }
}

/** The colons a block needs to hold `lines`: more than any run of colons opening a line inside it. */
function colonsFor(lines: readonly BlockLine[]): string {
  const longest = Math.max(2, ...lines.map((line) => /^\s*(:+)/.exec(line.text)?.[1]!.length ?? 0));
  return ':'.repeat(longest + 1);
}

function callout(json: Json): BlockMarkdown {
  const title = oneLine(text(json.title));
  const body = text(json.body).trim();
  // ReadMe shows nothing for a callout without a title or a body.
  if (!title && !body) return { lines: [] };
  const kind = CALLOUTS[text(json.type).toLowerCase()] ?? 'note';
  const content = body ? linesOf(body, 'body') : [];
  const colons = colonsFor(content);
  const label = title ? `[${title.replace(/[\\[\]]/g, '\\$&')}]` : '';
  return { lines: [{ text: `${colons}${kind}${label}` }, ...content, { text: colons }] };
}

/** Each image with its caption below it, as ReadMe showed them; the caption is its alt text too, else the file's name. */
function images(json: Json): BlockMarkdown {
  const lines: BlockLine[] = [];
  for (const image of Array.isArray(json.images) ? json.images : []) {
    if (!isObject(image) || !Array.isArray(image.image)) continue;
    const [url, fileName] = image.image as unknown[];
    if (typeof url !== 'string' || !url.trim() || /[<>\s]/.test(url.trim())) continue;
    const caption = text(image.caption).trim();
    const alt = literal(oneLine(caption.replace(/[*_`[\]]/g, '')) || text(fileName));
    const markdown = { text: `![${alt}](<${url.trim()}>)`, key: 'image', shows: url.trim() };
    if (lines.length > 0) lines.push({ text: '' });
    if (!caption) lines.push(markdown);
    else {
      const content = linesOf(caption, 'caption');
      const colons = colonsFor(content);
      lines.push({ text: `${colons}figure` }, markdown, { text: '' }, ...content, { text: colons });
    }
  }
  return lines.length > 0 ? { lines } : { leftOut: 'it names no image' };
}

/** Each code sample as a fenced block, its name above it as a code block's title (.code-title, global.css). */
function codes(json: Json): BlockMarkdown {
  const lines: BlockLine[] = [];
  for (const sample of Array.isArray(json.codes) ? json.codes : []) {
    if (!isObject(sample)) continue;
    const code = text(sample.code).replace(/^\s*\n|\s+$/g, '');
    if (!code) continue;
    const name = oneLine(text(sample.name));
    const language = /^[\w+#.-]*/.exec(text(sample.language))![0];
    const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((run) => run[0].length + 1)));
    if (lines.length > 0) lines.push({ text: '' });
    // A blank line after the title: an HTML block runs on until one.
    if (name) lines.push({ text: `<p class="code-title">${escapeHtml(name)}</p>`, key: 'name' }, { text: '' });
    lines.push({ text: `${fence}${language}`, key: 'code' }, ...linesOf(code, 'code'), { text: fence });
  }
  return { lines };
}

/** ReadMe's table: cells by "row-column" ("h-0" for the header), each Markdown on one line. */
function table(json: Json): BlockMarkdown {
  const data = isObject(json.data) ? json.data : {};
  const cells = Object.keys(data)
    .map((key) => /^(h|\d+)-(\d+)$/.exec(key))
    .filter((match) => match !== null);
  const rows = Math.max(Number(json.rows) || 0, ...cells.map((match) => (match[1] === 'h' ? 0 : Number(match[1]) + 1)));
  const columns = Math.max(Number(json.cols) || 0, ...cells.map((match) => Number(match[2]) + 1));
  if (columns === 0) return { lines: [] };
  const cell = (key: string) =>
    oneLine(text(data[key]).replace(/\r?\n(?:\s*\r?\n)*/g, '<br>'))
      .replace(/\\?\|/g, '\\|')
      .trim();
  const row = (name: string) => {
    const values = Array.from({ length: columns }, (_, column) => cell(`${name}-${column}`));
    return { text: `| ${values.join(' | ')} |`, key: `${name}-0` };
  };
  const align = Array.isArray(json.align) ? json.align : [];
  const rule = Array.from({ length: columns }, (_, column) => ({ center: ':---:', right: '---:' })[text(align[column])] ?? '---');
  return { lines: [row('h'), { text: `| ${rule.join(' | ')} |` }, ...Array.from({ length: rows }, (_, index) => row(String(index)))] };
}

/** A video from YouTube or Vimeo plays, any other page is a link (export-blocks.ts); the embed's own HTML is never used. */
function embed(json: Json): BlockMarkdown {
  const url = text(json.url).trim();
  const attributes = embedAttributes(url);
  if (!attributes) return { leftOut: 'it has no web address to show' };
  const title = oneLine(text(json.title));
  if (!title) return { lines: [{ text: `::embed${attributes}`, key: 'url' }] };
  return { lines: [{ text: `:::embed${attributes}`, key: 'url' }, { text: literal(title), key: 'title' }, { text: ':::' }] };
}

const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/**
 * ReadMe's raw HTML, as raw HTML in the article (raw-html.ts makes it fit the page's policy), in one
 * <div> so Markdown reads all of it as HTML. Scripts and style sheets go: the policy would refuse
 * them. A blank line would end the HTML for Markdown (and make indented lines after it code): it
 * becomes an empty comment, which shows as nothing (inside <pre>, as the blank line it was).
 */
function html(value: string): BlockMarkdown {
  let kept = value;
  for (let previous = ''; previous !== kept;) [previous, kept] = [kept, kept.replace(SCRIPT_OR_STYLE, '')];
  kept = kept.trim();
  if (!kept) return { lines: [] };
  const lines = linesOf(kept, 'html').map((line) => (line.text.trim() === '' ? { ...line, text: '<!-- -->' } : line));
  return { lines: [{ text: '<div>', key: 'html' }, ...lines, { text: '</div>' }] };
}
