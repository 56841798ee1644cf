// A page of a manual made by Texinfo's makeinfo (texi2any), as every GNU manual is published: its
// node's title without the manual's name after it, and the panels of links around its text (html-page.ts).

/** The generator of a page that Texinfo's makeinfo (texi2any) wrote: every GNU manual on the web and in Debian's packages. */
export const MAKEINFO = /\b(?:makeinfo|texi2any|texi2html)\b/i;

/** makeinfo's <title>: the node's, then the manual's in parentheses ("Two-Dimensional Plots (GNU Octave (version 7.3.0))"). */
export function texinfoTitle(title: string): { title: string; site: string } | undefined {
  if (!title.endsWith(')')) return undefined;
  let depth = 0;
  for (let at = title.length - 1; at >= 0; at--) {
    if (title[at] === ')') depth++;
    else if (title[at] === '(' && --depth === 0) {
      const node = title.slice(0, at).trim();
      return node ? { title: node, site: title.slice(at + 1, -1).trim() } : undefined;
    }
  }
  return undefined;
}

/**
 * Leaves out makeinfo's panel of links to the next, previous and parent pages and to the manual's
 * contents and index ("Next: Three-Dimensional Plots, Up: High-Level Plotting [Contents][Index]"),
 * above and below every page (`div.header`, `div.nav-panel` since Texinfo 7), with the rule that
 * parts it from the text.
 */
export function withoutTexinfoNavigation(root: Element): void {
  for (const panel of Array.from(root.querySelectorAll('div.header, div.nav-panel'))) {
    // The panel above links with `accesskey`s, the one below without: both link the contents and index.
    if (!panel.querySelector('a[rel="next"], a[rel="prev"], a[rel="up"], a[rel="contents"], a[rel="index"]')) continue;
    for (const rule of [panel.previousElementSibling, panel.nextElementSibling]) if (rule?.tagName === 'HR') rule.remove();
    panel.remove();
  }
}
