// Docusaurus describes a docs folder in `_category_.json` (or `.yml`): its label, its position
// among its siblings, and the description of its generated index page. A folder without an
// index.md / README.md takes its title, order and description from there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { folderId, titleFromFolderName } from '../lib/kb-paths.ts';
import { articleSchema } from '../schemas/article.ts';
import { articleData } from './article-data.ts';
import type { ContentIndex, KbFolderEntry } from './content-index.ts';
import type { Diagnostic } from './diagnostics.ts';

const FILES = ['_category_.json', '_category_.yml', '_category_.yaml'];

interface Category {
  label?: unknown;
  position?: unknown;
  description?: unknown;
  link?: { description?: unknown } | null;
}

/**
 * Folder entries from the `_category_` files of article folders that have no index file.
 * `kbRoot` is the absolute path of content/kb.
 */
export function categoryFolders(
  content: Pick<ContentIndex, 'articles' | 'kbFolders'>,
  kbRoot: string,
): { folders: KbFolderEntry[]; diagnostics: Diagnostic[] } {
  const described = new Set(content.kbFolders.map((folder) => folder.id));
  const candidates = new Map<string, string[]>();
  for (const { kbPath } of content.articles) {
    const names = kbPath.split('/').slice(0, -1);
    for (let depth = 1; depth <= names.length; depth++) {
      const id = folderId(names.slice(0, depth));
      if (!described.has(id) && !candidates.has(id)) candidates.set(id, names.slice(0, depth));
    }
  }
  const folders: KbFolderEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [id, names] of candidates) {
    const fileName = FILES.find((name) => existsSync(join(kbRoot, ...names, name)));
    if (!fileName) continue;
    const kbPath = [...names, fileName].join('/');
    const file = `content/kb/${kbPath}`;
    let category: Category;
    try {
      const text = readFileSync(join(kbRoot, kbPath), 'utf8');
      category = (fileName.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) ?? {};
    } catch (error) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'file-unreadable',
        message: `The folder's _category_ file could not be read, so its name is used: ${(error as Error).message.split('\n')[0]}`,
      });
      continue;
    }
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
    const description = text(category.description) ?? text(category.link?.description);
    const frontmatter = articleSchema.parse({
      ...(text(category.label) ? { title: text(category.label) } : {}),
      ...(typeof category.position === 'number' && Number.isFinite(category.position) ? { order: category.position } : {}),
      ...(description ? { description } : {}),
    });
    folders.push({
      id,
      file,
      data: articleData(frontmatter, '', fileName, titleFromFolderName(names.at(-1)!)),
      names,
      kbPath,
      body: '',
      bodyLine: 0,
      attachments: [],
      titleFromName: !text(category.label),
    });
  }
  return { folders, diagnostics };
}
