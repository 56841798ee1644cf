// An mdBook's index.html is a copy of its first chapter, unless that chapter is the book's README
// (the Rust book's index.html repeats title-page.html). The folder's page shows it as the book's
// introduction; the chapter it copies becomes a redirect to that page (redirect-stubs.ts), so the
// book has the text once, and links to the chapter still lead to it.
import { basename, dirname, join, posix } from 'node:path';
import { tryDecode } from '../lib/escape.ts';
import { textIfReadable as read } from './file-reads.ts';

/** mdBook's mark, a comment in the head of its pages. */
export const MDBOOK = /generated using mdBook/;
/** A chapter's pager: the chapters before and after it, as mdBook links them in every page. */
const PAGER_LINK = (rel: 'prev' | 'next') => new RegExp(`<a rel="${rel}(?: prefetch)?" href="([^"#?]+)"`);
const MAIN = /<main>([\s\S]*?)<\/main>/;

/**
 * The chapter (an absolute path, one of `files`) an mdBook's `index.html` repeats, or undefined:
 * the chapter before the one index.html's pager leads to, when its text is index.html's.
 * `indexFile` is an index.html with mdBook's mark in its head (files.ts looks).
 */
export function mdbookIndexCopy(indexFile: string, files: ReadonlySet<string>): string | undefined {
  const index = read(indexFile);
  if (!index) return undefined;
  const folder = dirname(indexFile);
  const next = PAGER_LINK('next').exec(index)?.[1];
  const nextFile = next && tryDecode(next) !== undefined ? join(folder, tryDecode(next)!) : undefined;
  const previous = nextFile && PAGER_LINK('prev').exec(read(nextFile) ?? '')?.[1];
  const copied = previous ? tryDecode(posix.join(posix.dirname(next!), previous)) : undefined;
  if (!copied || basename(copied) === 'index.html') return undefined;
  const chapter = join(folder, copied);
  if (!files.has(chapter)) return undefined;
  const text = MAIN.exec(index)?.[1];
  return text !== undefined && MAIN.exec(read(chapter) ?? '')?.[1] === text ? chapter : undefined;
}
