// The Markdown features articles are parsed with, everywhere: when the portal renders them and
// when the validator reads their titles, anchors and links. Exports write "{#custom-id}" on
// headings and ":::note" blocks.
import type { Features } from 'satteri';

export const MARKDOWN_FEATURES = { headingAttributes: true, directive: true } as const satisfies Features;
