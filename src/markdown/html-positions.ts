// Where each line of the Markdown made from an HTML article came from in the file, so that a
// problem in it is reported at its line and column in the HTML (src/markdown/html-article.ts).

import { decodeHtmlEntities } from '../lib/escape.ts';

/** A link's or image's address as turndown writes it, `](address)` or `](<address>)`, backslash-escaped. */
const DESTINATION = /\]\(<?((?:\\.|[^\s)>\\])+)/;
const DESTINATIONS = new RegExp(DESTINATION.source, 'g');
/** The link or image that starts at an offset: `[text](address)`, `![alt](address)`. */
const LINK_AT_START = new RegExp(`^!?\\[[^\\]]*${DESTINATION.source}`);
/** A link's or image's address that starts at an offset, right after its `](` or `](<`. */
const ADDRESS_AT_START = /^((?:\\.|[^\s)>\\])+)/;
const unescaped = (markdown: string) => markdown.replace(/\\(.)/g, '$1');
/** An anchor the conversion writes to keep an id (html-anchors.ts). */
const KEPT_ANCHOR = /<a id="[^"]*"><\/a>/g;
/** The opening or closing line of a callout, as the conversion writes it (html-callouts.ts). */
const CALLOUT_FENCE = /^\s*:::/;

/**
 * Where in the file the Markdown at `offset` came from: its line's origin, or the address of the
 * link or image written there (`offset` at its `[` or at its address). `origins` are the file's
 * offsets of the Markdown's lines.
 */
export function htmlOffset(file: string, markdown: string, origins: readonly number[], offset: number, base = baseFolder(file)): number {
  const before = markdown.slice(0, offset);
  const line = before.split('\n').length - 1;
  const origin = origins[line] ?? 0;
  const rest = markdown.slice(offset);
  const afterOpening = /\]\(<?$/.test(markdown.slice(Math.max(0, offset - 3), offset));
  const destination = LINK_AT_START.exec(rest)?.[1] ?? (afterOpening ? ADDRESS_AT_START.exec(rest)?.[1] : undefined);
  if (destination) {
    // The same address earlier on the line ("a str and a str"): this one is written after as many.
    const earlier = before.slice(before.lastIndexOf('\n') + 1).split(`(${destination}`).length - 1;
    let at = findAddress(file, unescaped(destination), origin, base);
    for (let skipped = 0; at !== undefined && skipped < earlier; skipped++)
      at = findAddress(file, unescaped(destination), at + 1, base) ?? at;
    return at ?? origin;
  }
  // A link in what stays HTML (a table), which the conversion writes with double quotes: its
  // address as the file writes it, in either quotes, from the table on.
  const value = /\s(?:href|src)="$/.test(markdown.slice(Math.max(0, offset - 7), offset)) ? /^[^"]*/.exec(rest)?.[0] : undefined;
  if (!value) return origin;
  const address = base && value.startsWith(base) ? value.slice(base.length) : value;
  // The same address earlier in what stays HTML (a definition list of 7,000 lines is one line of the
  // Markdown: SQLite's requirements cite a page twice): this one is written after as many.
  const earlier = before.slice(before.lastIndexOf('\n') + 1).split(`="${value}"`).length - 1;
  let at = origin - 1;
  for (let skipped = 0; skipped <= earlier; skipped++) {
    const found = [`"${address}"`, `'${address}'`]
      .map((written) => findWritten(file, written, at + 1))
      .filter((next) => next !== undefined);
    if (found.length === 0) break;
    at = Math.min(...found);
  }
  return at >= origin ? at + 1 : origin;
}

/**
 * For each Markdown line, the offset of its first distinctive text (a link's address, else its
 * first word) in the HTML, searched forward from the line before's: the conversion keeps the
 * order of the text. A line whose text is not found (an entity, a word split by tags) gets the
 * offset of the line before.
 */
export function lineOrigins(markdown: string, html: string): number[] {
  const base = baseFolder(html);
  const origins: number[] = [];
  let cursor = 0;
  for (const line of markdown.split('\n')) {
    // A callout's fence is the conversion's own (`:::note[Tip]`): its words may be anywhere in the
    // page ("note" in a class name further down), and the lines after would be looked for from there.
    if (CALLOUT_FENCE.test(line)) {
      origins.push(cursor);
      continue;
    }
    const destinations = Array.from(line.matchAll(DESTINATIONS), (match) => unescaped(match[1]!));
    // Not the anchors the conversion keeps ids in: an id may come from elsewhere (a title's, put before the first paragraph).
    const text = unescaped(line.replace(KEPT_ANCHOR, ''));
    const needles =
      destinations.length > 0 ? destinations : [/[\p{L}\p{N}][\p{L}\p{N}'’-]{2,}/u.exec(text)?.[0]].filter((word) => word !== undefined);
    // After where the line before was found (a line may start with the link the one before ended with),
    // and each of its links after the one before: the line is where its first is.
    let from = origins.length === 0 ? 0 : cursor + 1;
    let origin: number | undefined;
    for (const needle of needles) {
      const found = destinations.length > 0 ? findAddress(html, needle, from, base) : findWritten(html, needle, from, base);
      if (found === undefined) break;
      origin ??= found;
      cursor = found;
      from = found + 1;
    }
    origins.push(origin ?? cursor);
  }
  return origins;
}

/**
 * Where the address `text` is written in the HTML from `from` on as an attribute's value (`href="…"`),
 * not as the text of a link that shows its own address ("<a href="ftp://ftp.gnu.org">ftp://ftp.gnu.org</a>");
 * where it is never so written, where it is written at all.
 */
function findAddress(html: string, text: string, from: number, base = ''): number | undefined {
  const first = findWritten(html, text, from, base);
  for (let at = first; at !== undefined; at = findWritten(html, text, at + 1, base)) if (at > 0 && `"'=`.includes(html[at - 1]!)) return at;
  return first;
}

/**
 * Where `text` is written in the HTML from `from` on, as it is or with `&` as `&amp;`; an address
 * the conversion wrote from the page's `<base>` (`base` before it) as the page writes it.
 */
function findWritten(html: string, text: string, from: number, base = ''): number | undefined {
  const address = base && text.startsWith(base) ? text.slice(base.length) : text;
  for (const written of [text, text.replaceAll('&', '&amp;'), address, address.replaceAll('&', '&amp;')]) {
    const at = html.indexOf(written, from);
    if (at >= 0) return at;
  }
  return undefined;
}

const BASE_HREF = /<base\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The folder a page's `<base href>` says its relative addresses start from, as a prefix to put
 * before them ("../../../../" in LibreOffice's help, whose every link is written from the help's
 * root; "https://help.example.com/hc/en-us/"); "" for a page without one.
 */
export function baseFolder(html: string): string {
  const match = BASE_HREF.exec(html);
  const href = decodeHtmlEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
  return href.slice(0, href.lastIndexOf('/') + 1);
}
