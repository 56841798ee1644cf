// Pages of an HTML export that are programs, not articles: an app's shell or a redirect made by a
// script (LibreOffice's help.html, which reads the address and opens the page asked for), with no
// text a reader sees without the script. Published, each was an empty article in its section.

/** The longest such page read: a shell is a few kilobytes of script; a longer page is read as an article. */
export const SCRIPT_PAGE_BYTES = 16 * 1024;

const NOT_SHOWN = /<(script|style|noscript|template|head|title)\b[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;

/** Whether a page has scripts and, without them, nothing to read or see (no text, image, frame or media). */
export function isScriptPage(html: string): boolean {
  if (!/<script\b/i.test(html)) return false;
  const shown = html.replace(NOT_SHOWN, ' ');
  if (/<(?:img|svg|iframe|video|audio|object|embed|canvas)\b/i.test(shown)) return false;
  const text = shown.replace(/<[^>]*>/g, ' ').replace(/&(?:nbsp|#160|#xa0);/gi, ' ');
  return !/[\p{L}\p{N}]/u.test(text);
}
