// Raw HTML an article may carry from its old site that has no place on a portal page: scripts
// (a video player's or a survey's embed code), style sheets, plug-ins, and the page-level tags
// <meta> (a refresh sends readers elsewhere), <base> and <link>. The portal's Content Security
// Policy would refuse each of them, with an error in the console, or they would act on the
// whole page; they are left out of the page (raw-html.ts), and the validator names each one.

/** Elements left out with what they hold (the CommonMark HTML blocks that end at their closing tag). */
const WITH_CONTENT = /<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
/** Tags left out on their own: an opening or closing tag of those above, and elements with no text of their own. */
const TAG_ONLY = /<\/?(script|style|meta|base|link|object|embed|applet)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<\/(?:object|applet)\s*>/gi;

/** The elements of `html` left out of the page, where each starts. */
export function leftOutHtml(html: string): { tag: string; index: number }[] {
  const found: { tag: string; index: number }[] = [];
  const rest = html.replace(WITH_CONTENT, (whole, tag: string, index: number) => {
    found.push({ tag: tag.toLowerCase(), index });
    return ' '.repeat(whole.length);
  });
  for (const match of rest.matchAll(TAG_ONLY))
    if (match[1] && !match[0].startsWith('</')) found.push({ tag: match[1].toLowerCase(), index: match.index });
  return found.sort((a, b) => a.index - b.index);
}

/** `html` without the elements the page leaves out. */
export const withoutLeftOutHtml = (html: string): string => html.replace(WITH_CONTENT, '').replace(TAG_ONLY, '');

/** A quick test: most raw HTML has none of these. */
export const mayHaveLeftOutHtml = (html: string): boolean => /<\/?(?:script|style|meta|base|link|object|embed|applet)\b/i.test(html);
