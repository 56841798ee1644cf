// Raw HTML as help-center editors write it, made to work under the portal's Content Security
// Policy (astro.config.mjs), which blocks inline styles, inline event handlers and frames from
// other hosts than the video players it names. A Zendesk article is full of `style="…"` from its
// editor and embeds YouTube from www.youtube.com: on the built page each was refused, with an
// error in the console, and the frame stayed empty.
// - `style` attributes are dropped; `text-align` becomes a class the stylesheet aligns
//   (`.align-left`, `.align-center`, `.align-right`). So do the table cells of Markdown's own
//   aligned columns (`| :-: |`), which Markdown writes with a style attribute too.
// - `on…` handler attributes are dropped, and so are colours written as attributes (`<font
//   color="#000000">`, `<td bgcolor="#ffffff">`, `background`): the editor's black text was
//   unreadable in dark mode, on a white cell or on the dark page.
// - A YouTube frame plays from youtube-nocookie.com, which the policy allows.
// - A frame from any other host the policy does not allow becomes a link to what it showed; a
//   frame with no address (its page written into `srcdoc`) is left out.
// - Scripts, style sheets, plug-ins, <meta>, <base> and <link> are left out (left-out-html.ts), and
//   so are comments, the author's notes (html-comments.ts).
// - A table scrolls sideways in its own box, as Markdown's tables do (scroll-tables.ts): a wide
//   one made a phone's page wider than its screen. Its opening and closing tags may be in two
//   pieces of raw HTML (a blank line between its rows); each is wrapped where it is.
import { defineHastPlugin } from 'satteri';
import { decodeHtmlEntities, escapeHtml } from '../lib/escape.ts';
import { mayHaveComments, withoutComments } from './html-comments.ts';
import { mayHaveLeftOutHtml, withoutLeftOutHtml } from './left-out-html.ts';
import { SCROLL_BOX_HTML } from './scroll-tables.ts';

/** The hosts the policy lets pages frame (`frame-src`), also used to write it in astro.config.mjs. */
export const FRAME_SOURCES = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/** A tag as written: its name and its attributes (quoted values may hold `>`). */
export const TAG = /<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** One attribute as written: its name, and its value with the quotes it had. */
const TOKEN = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const ALIGN = /(?:^|;)\s*text-align\s*:\s*(left|center|right)\b/i;
/** Colours old editors wrote as attributes, which override the portal's light and dark themes. */
const COLOUR_ATTRIBUTES = new Set(['color', 'bgcolor', 'background']);
/** Attributes that make a tag worth rewriting (withoutInlineCode). */
const REWRITTEN = /\sstyle\s*=|\son[a-z]+\s*=|\s(?:color|bgcolor|background)\s*=|youtube\.com\/embed/i;
const IFRAME = /<iframe\b((?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?<\/iframe\s*>/gi;
const YOUTUBE = /^https?:\/\/(?:www\.)?youtube\.com\/embed\//i;
const NO_COOKIE = 'https://www.youtube-nocookie.com/embed/';
const TABLE_TAG = /<\/?table\b/i;
/** A frame without a name for screen readers (axe's frame-title): exports seldom give one. */
const UNNAMED_FRAME = /<iframe\b((?:(?!\stitle\s*=)[^>"']|"[^"]*"|'[^']*')*)>/gi;
const frameName = (attributes: string) => (/vimeo\.com/i.test(attributes) ? 'Vimeo video' : /youtube/i.test(attributes) ? 'YouTube video' : 'Embedded content');
/** A code block written as HTML, focusable as Markdown's are (scroll-tables.ts). */
const PRE_TAG = /<pre\b(?![^>]*\stabindex\s*=)/gi;

const unquoted = (value: string | undefined) => decodeHtmlEntities((value ?? '').replace(/^(["'])([\s\S]*)\1$/, '$2'));

/**
 * A tag's attributes without inline styles and handlers; an alignment the style gave becomes a
 * class. A frame's YouTube source becomes youtube-nocookie.com's (in the tag: inline, a frame's
 * opening and closing tags are apart).
 */
function withoutInlineCode(name: string, attributes: string): string {
  const kept: string[] = [];
  let align: string | undefined;
  let classes: string | undefined;
  for (const [token, attribute, value] of attributes.matchAll(TOKEN)) {
    const key = attribute!.toLowerCase();
    if (key === 'style') align = ALIGN.exec(unquoted(value))?.[1]?.toLowerCase() ?? align;
    else if (key === 'class') classes = unquoted(value);
    else if (/^on[a-z]+$/.test(key) || COLOUR_ATTRIBUTES.has(key)) continue;
    else if (key === 'src' && name.toLowerCase() === 'iframe' && YOUTUBE.test(unquoted(value))) kept.push(`src="${escapeHtml(unquoted(value).replace(YOUTUBE, NO_COOKIE))}"`);
    else kept.push(token);
  }
  const classList = [classes, align && `align-${align}`].filter(Boolean).join(' ');
  if (classList) kept.push(`class="${escapeHtml(classList)}"`);
  const selfClosing = /\/\s*$/.test(attributes) ? ' /' : '';
  return `${kept.map((token) => ` ${token}`).join('')}${selfClosing}`;
}

/** The attributes of a tag as written (the text after its name), by lower-case name, values decoded; the first of a name wins, as in a browser. */
export function htmlAttributes(attributes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of attributes.matchAll(TOKEN)) if (!found.has(name!.toLowerCase())) found.set(name!.toLowerCase(), unquoted(value));
  return found;
}

/** A frame the policy would refuse becomes a link to what it showed (YouTube's are allowed, see withoutInlineCode). */
function allowedFrame(whole: string, attributes: string): string {
  const given = htmlAttributes(attributes);
  const src = (given.get('src') ?? '').replace(YOUTUBE, NO_COOKIE);
  if (!URL.canParse(src)) return given.has('srcdoc') ? '' : whole;
  if (FRAME_SOURCES.includes(new URL(src).origin)) return whole;
  const url = new URL(src);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  const title = given.get('title');
  const label = title ? `Open “${title}” on ${url.hostname}` : `Open the embedded content on ${url.hostname}`;
  return `<a class="embed-link" href="${escapeHtml(url.href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}

export const rawHtmlForThePolicy = defineHastPlugin({
  name: 'milepost-raw-html-for-the-policy',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties?.style;
      if (typeof style !== 'string') return;
      const align = ALIGN.exec(style)?.[1]?.toLowerCase();
      ctx.setProperty(node, 'style', null);
      const classes = Array.isArray(node.properties?.className) ? node.properties.className.map(String) : [];
      if (align) ctx.setProperty(node, 'className', [...classes, `align-${align}`]);
    },
  },
  raw(node, ctx) {
    const leftOut = mayHaveLeftOutHtml(node.value);
    const table = TABLE_TAG.test(node.value);
    const pre = /<pre\b/i.test(node.value);
    const frame = /<iframe\b/i.test(node.value);
    const comments = mayHaveComments(node.value);
    if (!leftOut && !table && !pre && !frame && !comments && !REWRITTEN.test(node.value)) return;
    // The author's notes stay out of the page (html-comments.ts).
    let value = comments ? withoutComments(node.value) : node.value;
    if (leftOut) value = withoutLeftOutHtml(value);
    value = value
      .replace(IFRAME, (whole, attributes: string) => allowedFrame(whole, attributes))
      .replace(TAG, (whole, name: string, attributes: string) =>
        REWRITTEN.test(attributes) ? `<${name}${withoutInlineCode(name, attributes)}>` : whole,
      );
    if (table) value = value.replace(/<table\b/gi, `${SCROLL_BOX_HTML}$&`).replace(/<\/table\s*>/gi, '$&</div>');
    if (pre) value = value.replace(PRE_TAG, '<pre tabindex="0"');
    if (frame) value = value.replace(UNNAMED_FRAME, (_tag, attributes: string) => `<iframe title="${frameName(attributes)}"${attributes}>`);
    if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value });
  },
});
