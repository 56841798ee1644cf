// site.yaml's `kb.categories` names categories that exist: a misspelt one would silently fall
// back to alphabetical order.
import { slugify } from '../lib/slugs.ts';
import type { ContentIndex } from './content-index.ts';
import { closest } from './did-you-mean.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ParsedFile } from './parse-file.ts';

export function checkCategoryOrder(content: ContentIndex, byPath: ReadonlyMap<string, ParsedFile>): Diagnostic[] {
  const listed = content.site?.kb.categories ?? [];
  if (listed.length === 0) return [];
  const names = new Map<string, string>();
  for (const article of content.articles) {
    const category = article.folders[0];
    const folder = article.kbPath.split('/').length > 1 ? article.kbPath.split('/')[0]! : undefined;
    if (category && folder) {
      names.set(slugify(folder), folder);
      names.set(slugify(category), category);
    }
  }
  const source = byPath.get('content/site.yaml')?.source;
  return listed.flatMap((name, index) => {
    if (names.has(slugify(name))) return [];
    const suggestion = closest(name, new Set(names.values()));
    return [
      {
        file: 'content/site.yaml',
        ...(source?.positionOf(['kb', 'categories', index]) ?? { line: 1, column: 1 }),
        severity: 'error' as const,
        rule: 'dangling-reference',
        message: `No category "${name}" in content/kb`,
        hint: suggestion ? `Did you mean \`${suggestion}\`?` : `Categories: ${[...new Set(names.values())].join(', ')}.`,
      },
    ];
  });
}
