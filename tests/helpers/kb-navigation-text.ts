// The knowledge base of a content root as its navigation shows it: each folder's title, and the
// articles and sub-folders it holds, in the order the portal lists them. For the unit tests of
// the navigation files of docs tools (src/content/navigation-files.ts).
import { validateRoot } from '../../src/content/validate.ts';
import { kbOutline, type KbFolder, type OutlineArticle } from '../../src/lib/kb-outline.ts';

/** "Title" for an article, "Folder title/" for a folder, indented two spaces a level; from content/kb, or from the folder with this id. */
export function navigationText(root: string, folderId = ''): string[] {
  const { content } = validateRoot(root);
  const info = new Map(content.kbFolders.map((folder) => [folder.id, { title: folder.data.title, order: folder.data.order }]));
  const lines: string[] = [];
  const walk = (folder: KbFolder<OutlineArticle>, indent: string) => {
    for (const article of folder.articles) lines.push(`${indent}${article.data.title}`);
    for (const child of folder.folders) {
      lines.push(`${indent}${child.title}/`);
      walk(child, `${indent}  `);
    }
  };
  const outline = kbOutline(content.articles, info);
  walk(outline.folders.find((folder) => folder.id === folderId) ?? outline.root, '');
  return lines;
}
