// HTML comments in an article: its author's notes ("TODO: ask legal"), old links and drafts kept
// out of sight. Readers never saw them: the page leaves them out (raw-html.ts), and the validator
// does not check the links in them (src/content/article-outline.ts).

const COMMENT = /<!--[\s\S]*?-->/g;

/** Whether `html` may hold a comment. */
export const mayHaveComments = (html: string): boolean => html.includes('<!--');

/** `html` without its comments. */
export const withoutComments = (html: string): string => html.replace(COMMENT, '');

/** `html` with its comments as spaces (line breaks kept), so that what follows keeps its offsets. */
export const withCommentsBlanked = (html: string): string => html.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
