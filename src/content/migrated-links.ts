// For the portal's Markdown renderer: where a link to the old help center (site.yaml
// `kb.importedFrom`) goes now, from the validated content of the edition being built (a draft's
// old link stays as it is rather than leading to a page that is not built). The anchor is kept
// when the migrated article has it; old help centers' generated anchors ("#h_f76b44d3ca") rarely
// survive an export. So do ReadMe's links to its pages by slug, "doc:slug#anchor" (readme-pages.ts).
import { readmeLink } from '../markdown/readme-links.ts';
import { currentValidation, loadContent } from './load.ts';
import { OldHelpCenter, type Migrated } from './old-help-center.ts';
import { ReadmePages } from './readme-pages.ts';
import type { ValidationResult } from './validate.ts';

let cached:
  | { result: ValidationResult; oldHelpCenter: OldHelpCenter | undefined; readmePages: ReadmePages; anchors: Map<string, Set<string>> }
  | undefined;

export function migratedHref(href: string): string | undefined {
  const result = currentValidation();
  if (cached?.result !== result) {
    const content = loadContent();
    const importedFrom = content.site?.kb.importedFrom;
    cached = {
      result,
      oldHelpCenter: importedFrom ? new OldHelpCenter(importedFrom, content.articles) : undefined,
      readmePages: new ReadmePages(content.articles),
      anchors: new Map(content.articles.map((article) => [article.id, new Set(article.anchors)])),
    };
  }
  const migrated = readmePage(href, cached.readmePages) ?? cached.oldHelpCenter?.resolve(href);
  if (!migrated || migrated === 'not-migrated') return undefined;
  const anchor = migrated.anchor && cached.anchors.get(migrated.id)?.has(migrated.anchor) ? `#${encodeURIComponent(migrated.anchor)}` : '';
  return `/kb/${migrated.id ? `${migrated.id}/` : ''}${anchor}`;
}

/** The article a ReadMe "doc:" link leads to, or undefined for any other link. */
function readmePage(href: string, pages: ReadmePages): Migrated | undefined {
  const link = readmeLink(href);
  if (link?.kind !== 'doc') return undefined;
  const id = pages.article(link.slug);
  return id === undefined ? 'not-migrated' : { id, anchor: link.anchor };
}
