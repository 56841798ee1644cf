// For the portal's Markdown renderer: where a link to the old help center (site.yaml
// `kb.importedFrom`) goes now, from the validated content. The anchor is kept when the migrated
// article has it; old help centers' generated anchors ("#h_f76b44d3ca") rarely survive an export.
import type { ContentIndex } from './content-index.ts';
import { currentValidation } from './load.ts';
import { OldHelpCenter } from './old-help-center.ts';

let cached: { content: ContentIndex; oldHelpCenter: OldHelpCenter | undefined; anchors: Map<string, Set<string>> } | undefined;

export function migratedHref(href: string): string | undefined {
  const { content } = currentValidation();
  if (cached?.content !== content) {
    const importedFrom = content.site?.kb.importedFrom;
    cached = {
      content,
      oldHelpCenter: importedFrom ? new OldHelpCenter(importedFrom, content.articles) : undefined,
      anchors: new Map(content.articles.map((article) => [article.id, new Set(article.anchors)])),
    };
  }
  const migrated = cached.oldHelpCenter?.resolve(href);
  if (!migrated || migrated === 'not-migrated') return undefined;
  const anchor = migrated.anchor && cached.anchors.get(migrated.id)?.has(migrated.anchor) ? `#${encodeURIComponent(migrated.anchor)}` : '';
  return `/kb/${migrated.id ? `${migrated.id}/` : ''}${anchor}`;
}
