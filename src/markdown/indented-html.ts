// Article bodies exported as HTML are often indented, with blank lines between elements. In
// Markdown a blank line ends an HTML block, and a line indented four columns after it is code:
// the rest of the article showed as its HTML source. Inside an open HTML element, an indented
// line after a blank one moves to the left edge (export-syntax.ts), so it goes on as HTML; and a blank line inside
// a <pre> there becomes an HTML comment, which keeps the block going and shows as the empty line
// it was.
import { codeFences } from './code-fences.ts';
import { indentOf } from './export-tags.ts';

/**
 * Elements whose end tag HTML requires: inside one, an indented line is the element's content.
 * (Those whose end tag may be left out, <li> or <td>, would stay open to the end of the article.)
 */
const CONTAINERS = new Set([
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'header',
  'main',
  'nav',
  'ol',
  'section',
  'table',
  'ul',
]);

const TAG = /<(\/?)([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
const PRE_END = /<\/pre\s*>/i;

/** A blank line inside a <pre>, as the next step of the HTML block (blank lines end one). */
export const BLANK_IN_PRE = '<!---->';

/** Whether an article may have lines `htmlBody` changes: a line indented four columns or more that starts with a tag. */
export const INDENTED_TAG = /^(?: {4}|\t)[ \t]*<[a-zA-Z/!]/m;

/** What becomes of one line of an HTML body: columns it moves left, or the text it is replaced with. */
export type HtmlBodyLine = { dedent: number; text?: string };

/**
 * Each line of an article as an HTML body needs it: inside an open element, outside fenced code
 * and <pre>, an indented line after a blank one loses its indentation; a blank line inside such a
 * <pre> becomes BLANK_IN_PRE. A line at the left edge that is no tag ends what was open (Markdown
 * again).
 */
export function htmlBody(lines: readonly string[]): HtmlBodyLine[] {
  const code = codeFences();
  let depth = 0;
  let inPre = false;
  return lines.map((line, index): HtmlBodyLine => {
    if (inPre) {
      inPre = !PRE_END.test(line);
      return line.trim() === '' && depth > 0 ? { dedent: 0, text: BLANK_IN_PRE } : { dedent: 0 };
    }
    if (code.inCode(line)) return { dedent: 0 };
    const trimmed = line.trimStart();
    if (trimmed === '') return { dedent: 0 };
    const indent = indentOf(line);
    // Only a line after a blank one starts a block: one right after another line goes on with its block.
    const afterBlank = index > 0 && lines[index - 1]!.trim() === '';
    const dedent = depth > 0 && afterBlank && indent >= 4 ? indent : 0;
    // Only lines that start with a tag open or close elements: "the <div> element" in a sentence does not.
    if (!trimmed.startsWith('<')) {
      if (indent === 0) depth = 0;
      return { dedent };
    }
    for (const match of trimmed.matchAll(TAG)) {
      const [whole, closing, name, selfClosing] = match;
      const tag = name!.toLowerCase();
      if (tag === 'pre' && !closing) inPre = !PRE_END.test(trimmed.slice(match.index + whole.length));
      if (CONTAINERS.has(tag) && !selfClosing) depth = Math.max(0, depth + (closing ? -1 : 1));
    }
    return { dedent };
  });
}
