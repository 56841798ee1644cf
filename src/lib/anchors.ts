// Anchors every page has without an element of that id.

/** "#top" (any case) and "#" scroll to the top of a page, as the HTML spec says. */
export const isTopOfPage = (anchor: string) => anchor === '' || anchor.toLowerCase() === 'top';
