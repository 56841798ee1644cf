// An article with nothing to read: a placeholder an export kept (a Zendesk article with only its
// title, an empty Markdown file). It is still published, as links may lead to it; the editor is
// told, as a reader would find only a title on the page.
import { withoutComments } from '../../markdown/html-comments.ts';
import type { Diagnostic } from '../diagnostics.ts';

/** A line that shows no text of the article's own: blank, a heading, or a setext heading's underline. */
const NOTHING_TO_READ = /^\s*$|^ {0,3}#{1,6}(?:[ \t]|$)|^ {0,3}(?:=+|-+)[ \t]*$/;

/** Whether an article's body (an HTML article's as Markdown) has nothing but headings and comments. */
export const hasNothingToRead = (body: string): boolean =>
  withoutComments(body)
    .split('\n')
    .every((line) => NOTHING_TO_READ.test(line));

export function emptyArticleWarning(file: string): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'empty-article',
    message: 'This article has no text: readers would open a page with its title only',
    hint: 'Write its text, or set draft: true until it has some.',
  };
}
