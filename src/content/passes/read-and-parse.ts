// Pass 1, read and parse: every content file under the root, read as UTF-8 and parsed as YAML (an
// article's frontmatter) with source positions. Unreadable files get a diagnostic and stay in
// the list, so the run goes on. A folder's second index file is not read: a warning says which
// one describes the folder; nor is a page in a markup Milepost does not read (reStructuredText,
// AsciiDoc…), with a warning that says how to convert it. Nor are an HTML export's redirect
// stubs, which become redirects.
import type { Diagnostic } from '../diagnostics.ts';
import { discoverContent } from '../files.ts';
import { parseFile, type ParsedFile } from '../parse-file.ts';
import type { RedirectStub } from '../redirect-stubs.ts';

export function readAndParse(root: string): { files: ParsedFile[]; notPublished: Diagnostic[]; redirectStubs: RedirectStub[] } {
  const { files, ...found } = discoverContent(root);
  return { files: files.map(parseFile), ...found };
}
