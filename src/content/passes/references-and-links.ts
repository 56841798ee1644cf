// Pass 4, references and links: every `kind:id` reference resolves, segments exist, links in
// articles lead somewhere, and articles that nothing links to are pointed out.
import type { Diagnostic } from '../diagnostics.ts';
import type { ParsedFile } from '../parse-file.ts';
import { checkCategoryOrder } from '../category-order.ts';
import { checkArticleLinks, checkReferences, referencedTargets } from '../references.ts';
import type { SchemaPass } from './schemas.ts';

export function checkReferencesAndLinks({ content, referrers, broken }: SchemaPass, byPath: ReadonlyMap<string, ParsedFile>, { strict = false } = {}): Diagnostic[] {
  const diagnostics = [...checkReferences(content, referrers, broken), ...checkCategoryOrder(content, byPath)];
  const articleIds = new Set(content.articles.map((article) => article.id));
  const linked = referencedTargets(referrers);
  for (const article of content.articles) {
    const parsed = byPath.get(article.file)!;
    const links = checkArticleLinks({ ...article, absolute: parsed.file.absolute, text: parsed.text ?? '' }, articleIds);
    diagnostics.push(...links.diagnostics);
    article.assets = [...new Set(links.files)];
    if (!article.data.draft) for (const target of links.linked) linked.add(target);
  }
  // Every article is reachable from its folder and by search: one nothing links to is worth a
  // look only when asked for (--strict); on a real help center it is most of them.
  for (const article of strict ? content.articles : []) {
    if (article.data.draft || linked.has(`kb:${article.id}`)) continue;
    diagnostics.push({
      file: article.file,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'orphan-article',
      message: 'No plan, course, FAQ or other article links to this article',
      hint: `Customers can still find it in its section and by search; link it with kb:${article.id} where it helps.`,
    });
  }
  return diagnostics;
}
