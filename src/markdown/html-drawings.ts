// Drawings a page writes as inline SVG with words in them (SQLite's syntax diagrams, drawn by
// Pikchr): kept as drawings, where read as text they were a run of their labels ("WITH RECURSIVE
// common-table-expression , SELECT DISTINCT …"). Their `style` attributes, which the portal's
// Content Security Policy refuses, become SVG's own presentation attributes, which it allows, and
// nothing in them can run or lead elsewhere. An SVG without words (an icon) is left out as before.

/** The elements a drawing keeps; any other is left out (a link keeps what it holds). */
const SHAPES = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan', 'title', 'desc']);
/** The geometry attributes a drawing's elements keep. */
const GEOMETRY = 'viewbox width height preserveaspectratio d x y x1 y1 x2 y2 dx dy cx cy r rx ry points transform'.split(' ');
/** Paint and type, which SVG takes as attributes and as `style` declarations alike. */
const PAINT = (
  'fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-dasharray stroke-linecap stroke-linejoin opacity ' +
  'text-anchor dominant-baseline font-size font-family font-weight font-style'
).split(' ');
const ATTRIBUTES = new Set([...GEOMETRY, ...PAINT]);
const PRESENTATION = new Set(PAINT);
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** A value that could read a resource or run: `url(…)`, a CSS expression, an address of a scheme. */
const UNSAFE_VALUE = /url\s*\(|expression\s*\(|[a-z][a-z0-9+.-]*:/i;

/**
 * The box a drawing is shown in: at its own size, its words as large as its page drew them, it
 * scrolls sideways on a phone (a focusable region, as a wide table's box is: scroll-tables.ts).
 */
export const DRAWING_BOX = '<div class="drawing-scroll" tabindex="0" role="region" aria-label="Drawing, scrolls sideways">';

/** The words a drawing shows, as a reader of it would list them. */
const labels = (svg: Element) => Array.from(svg.querySelectorAll('text'), (text) => text.textContent?.trim() ?? '').filter(Boolean);

/** The width a drawing's `viewBox` gives it ("0 0 669.677 1162.3": 669.677); NaN for none. */
const viewBoxWidth = (svg: Element) => Number((svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/)[2]);

/** Makes each drawing with words a drawing the portal can show (class `drawing`); leaves out each SVG without. */
export function keepDrawings(root: Element): void {
  for (const svg of Array.from(root.querySelectorAll('svg'))) {
    if (!svg.isConnected || svg.parentElement?.closest('svg')) continue;
    const words = labels(svg);
    if (words.length === 0) {
      svg.remove();
      continue;
    }
    cleaned(svg);
    // Drawn at its own size, as its page showed it, where it names none.
    const width = viewBoxWidth(svg);
    if (!svg.hasAttribute('width') && width > 0) svg.setAttribute('width', String(Math.round(width)));
    svg.setAttribute('class', 'drawing');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', words.join(' ').slice(0, 300));
    // The index reads the page's text: a drawing's labels are no sentence to find or show.
    svg.setAttribute('data-pagefind-ignore', '');
  }
}

/** The drawing with its links unwrapped, and without any element or attribute outside the lists above. */
function cleaned(svg: Element): void {
  for (const link of Array.from(svg.querySelectorAll('a'))) link.replaceWith(...Array.from(link.childNodes));
  withShapesOnly(svg);
}

/** Whether a drawing keeps an attribute: SVG's namespace, or geometry and paint that read nothing. */
const kept = (name: string, value: string) =>
  name === 'xmlns' ? value === SVG_NAMESPACE : ATTRIBUTES.has(name) && !UNSAFE_VALUE.test(value);

function withShapesOnly(element: Element): void {
  for (const child of Array.from(element.children)) {
    if (SHAPES.has(child.tagName.toLowerCase())) withShapesOnly(child);
    else child.remove();
  }
  const style = element.getAttribute('style') ?? '';
  for (const { name, value } of Array.from(element.attributes)) if (!kept(name.toLowerCase(), value)) element.removeAttribute(name);
  for (const declaration of style.split(';')) {
    const [property = '', ...value] = declaration.split(':');
    const name = property.trim().toLowerCase();
    const written = value.join(':').trim();
    if (PRESENTATION.has(name) && written && !UNSAFE_VALUE.test(written)) element.setAttribute(name, written);
  }
}
