// The boxes of docs tools and help-center themes in an HTML article (Sphinx's and MkDocs'
// admonitions, Docusaurus's, Bootstrap's alerts, Help Scout's coloured callouts, Intercom's,
// Confluence's info, tip, note and warning macros, Notion's callouts, DocBook's admonitions and
// sidebars, docutils' sidebars, Mallard's notes as Yelp writes them), marked for the portal's callouts.
import { calloutKindOfIcon } from './callout-icons.ts';

/** Callout types of docs tools and help-center themes, as the portal's callouts name them. */
const CALLOUT_TYPES: Record<string, string> = {
  note: 'note',
  seealso: 'note',
  tip: 'tip',
  hint: 'tip',
  success: 'tip',
  info: 'info',
  // Confluence's info macro.
  information: 'info',
  important: 'important',
  warning: 'warning',
  attention: 'warning',
  caution: 'caution',
  danger: 'danger',
  error: 'danger',
  // Help Scout's `callout-yellow` and the like: the colour is the kind.
  yellow: 'warning',
  red: 'danger',
  green: 'tip',
  blue: 'info',
};
/** A box of a docs tool or theme: Sphinx's and MkDocs' `admonition`, Docusaurus's `theme-admonition`, Bootstrap's `alert`, `callout`, Confluence's macro. */
const CALLOUT_BOX = /(?:^|\s)(?:admonition|theme-admonition|alert|callout|notice|confluence-information-macro)(?:\s|-|$)/;
/** Intercom's callout, which has no kind: a note. */
const INTERCOM_CALLOUT = /(?:^|\s)intercom-interblocks-callout(?:\s|$)/;
/**
 * Confluence's panel macro, a box under a header: a note; not its code panel. Only Confluence's
 * (a `panelContent` inside): a Bootstrap theme's `panel` may hold a whole article.
 */
const PANEL = /(?:^|\s)panel(?:\s|$)/;
const CODE_PANEL = /(?:^|\s)(?:code|preformatted)(?:\s|$)/;
const isConfluencePanel = (box: Element, classes: string) =>
  PANEL.test(classes) && !CODE_PANEL.test(classes) && Array.from(box.children).some((child) => child.classList.contains('panelContent'));
export const CALLOUT_TITLE =
  '.admonition-title, .callout-title, .alert-heading, [class*="admonitionHeading"], .confluence-information-macro > .title, .panel > .panelHeader';

/** Marks Notion's callouts (a figure with an icon) as notes, or the kind their icon says, without the icon. */
function markNotionCallouts(root: Element): void {
  for (const box of Array.from(root.querySelectorAll('figure.callout'))) {
    const icon = box.querySelector('.icon');
    const emoji = icon?.textContent?.trim() ?? '';
    (icon?.parentElement === box ? icon : icon?.parentElement)?.remove();
    box.setAttribute('data-callout', calloutKindOfIcon(emoji) ?? 'note');
  }
}

/**
 * Boxes named by their kind alone: DocBook's admonitions (a `div` of the kind's name, its title an
 * `h3.title`, or a table beside the kind's icon), and LibreOffice's help's (an icon beside the text).
 */
const DOCBOOK_KINDS = new Set(['note', 'tip', 'warning', 'caution', 'important']);

/** A box's icon beside its text: an element with an image and nothing to read (LibreOffice's `div.noteicon`). */
const isIcon = (element: Element) => !element.textContent?.trim() && element.querySelector('img, svg') !== null;

/**
 * Marks DocBook's admonitions as the boxes of other tools are: with its icons (`admon.graphics`),
 * a table of the icon, the title and the text becomes the text under the title. A box of the kind's
 * name with an icon and no title is a box of that kind, without the icon.
 */
function markDocbookAdmonitions(root: Element): void {
  for (const box of Array.from(root.querySelectorAll('div'))) {
    const kind = box.getAttribute('class')?.trim() ?? '';
    if (!DOCBOOK_KINDS.has(kind)) continue;
    const table = Array.from(box.children).find(
      (child) => child.nodeName === 'TABLE' && child.getAttribute('summary')?.toLowerCase() === kind,
    );
    const heading = table
      ? table.querySelector('th')
      : Array.from(box.children).find((child) => /^H[1-6]$/.test(child.nodeName) && child.classList.contains('title'));
    const icon = box.firstElementChild;
    if (!heading && icon && isIcon(icon) && icon.nextElementSibling) {
      icon.remove();
      markBox(box, kind, '');
      continue;
    }
    if (!heading) continue;
    const title = heading.textContent ?? '';
    if (table) {
      // The text is the cell that is not the icon's (rowspan) or the title's.
      const text = Array.from(table.querySelectorAll('td')).find((cell) => !cell.hasAttribute('rowspan'));
      for (const child of Array.from(text?.childNodes ?? [])) box.insertBefore(child, table);
      table.remove();
    } else heading.remove();
    markBox(box, kind, title);
  }
}

/** Mallard's kinds of note (GNOME's help, built by Yelp), as the portal's callouts name them: a plain `note` is a note. */
const MALLARD_KINDS: Record<string, string> = {
  tip: 'tip',
  important: 'important',
  warning: 'warning',
  danger: 'danger',
  bug: 'caution',
  package: 'info',
  advanced: 'note',
  sidebar: 'note',
};
const MALLARD_NOTE = /^note(?:\s+note-([a-z]+))?$/;

/**
 * Marks Mallard's notes as Yelp writes them (`div.note.note-tip`: an inline SVG icon, then the
 * text under an optional `div.title-note` heading), which were a heading of the article and a
 * paragraph: the note's own title is the callout's, and the icon is left out.
 */
function markMallardNotes(root: Element): void {
  for (const box of Array.from(root.querySelectorAll('div.note'))) {
    const match = MALLARD_NOTE.exec(box.getAttribute('class')?.trim() ?? '');
    const inner = Array.from(box.children).find((child) => child.classList.contains('inner'));
    if (!match || !inner) continue;
    const icon = box.firstElementChild;
    if (icon?.nodeName.toLowerCase() === 'svg' && !icon.textContent?.trim()) icon.remove();
    const heading = Array.from(inner.children).find((child) => child.classList.contains('title-note'));
    const title = heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (heading) keepAnchorsAfter(heading);
    heading?.remove();
    markBox(box, match[1] === undefined ? 'note' : (MALLARD_KINDS[match[1]] ?? 'note'), title);
  }
}

/** Marks `box` as a box of `kind` under a title of `text`, as other tools write them (markCallouts reads it), before `place`. */
function markBox(box: Element, kind: string, text: string, place: Node | null = box.firstChild): void {
  const title = box.ownerDocument.createElement('p');
  title.setAttribute('class', 'admonition-title');
  title.textContent = text;
  box.insertBefore(title, place);
  box.setAttribute('class', `admonition ${kind}`);
}

/** The anchors in a box's title (an id links lead to, html-anchors.ts), moved after it: the title becomes the box's own. */
function keepAnchorsAfter(title: Element): void {
  for (const anchor of Array.from(title.querySelectorAll('a[id]:not([href])')).reverse())
    title.parentNode!.insertBefore(anchor, title.nextSibling);
}

/**
 * Marks sidebars as boxes too: DocBook's `div.sidebar` under its `titlepage`'s title (the Debian
 * Administrator's Handbook has 420: "VOCABULARY Package source…", "TIP …", "SECURITY …"), and
 * docutils' (Sphinx's `aside.sidebar` under a `p.sidebar-title`), a note or the kind the title's
 * first word names.
 */
function markSidebars(root: Element): void {
  for (const box of Array.from(root.querySelectorAll('div.sidebar, aside.sidebar'))) {
    // DocBook's title is in a `titlepage`, docutils' (Sphinx) is a `p.sidebar-title`.
    const titlepage = Array.from(box.children).find(
      (child) => child.classList.contains('titlepage') || child.classList.contains('sidebar-title'),
    );
    const heading = titlepage?.classList.contains('sidebar-title') ? titlepage : titlepage?.querySelector('.title');
    const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
    if (!titlepage || !text) continue;
    keepAnchorsAfter(titlepage);
    markBox(box, CALLOUT_TYPES[text.split(' ')[0]!.toLowerCase()] ?? 'note', text, titlepage);
    titlepage.remove();
  }
}

/** Marks each callout box with its type and title for the callout rule, its title taken out of its text. */
export function markCallouts(root: Element): void {
  markNotionCallouts(root);
  markMallardNotes(root);
  markDocbookAdmonitions(root);
  markSidebars(root);
  for (const box of Array.from(root.querySelectorAll('div, aside, section, p'))) {
    const classes = box.getAttribute('class') ?? '';
    const panel = isConfluencePanel(box, classes);
    if (!CALLOUT_BOX.test(classes) && !INTERCOM_CALLOUT.test(classes) && !panel) continue;
    const type =
      (INTERCOM_CALLOUT.test(classes) || panel ? 'note' : undefined) ??
      classes
        .split(/\s+/)
        .map(
          (name) =>
            CALLOUT_TYPES[
              name.replace(/^(?:admonition|theme-admonition|alert|callout|notice|confluence-information-macro)-{1,2}/, '').toLowerCase()
            ],
        )
        // Sphinx's and MkDocs' boxes of their own kinds ("admonition-todo", "abstract") are notes.
        .find(Boolean) ??
      (/(?:^|\s)admonition(?:\s|$)/.test(classes) ? 'note' : undefined);
    if (!type) continue;
    const heading = box.querySelector(CALLOUT_TITLE);
    const title = heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (heading) keepAnchorsAfter(heading);
    heading?.remove();
    box.setAttribute('data-callout', type);
    // "Note" over a note says nothing the callout does not.
    if (title && !CALLOUT_TYPES[title.toLowerCase()]) box.setAttribute('data-callout-title', title);
  }
}
