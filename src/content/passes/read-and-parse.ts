// Pass 1, read and parse: every content file under the root, read as UTF-8 and parsed as YAML (an
// article's frontmatter) with source positions. Unreadable files get a diagnostic and stay in
// the list, so the run goes on.
import { discoverFiles } from '../files.ts';
import { parseFile, type ParsedFile } from '../parse-file.ts';

export function readAndParse(root: string): ParsedFile[] {
  return discoverFiles(root).map(parseFile);
}
