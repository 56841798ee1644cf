// Pass 4, references and links: every `kind:id` reference resolves, segments and ordered
// categories exist, links and anchors in articles and in YAML Markdown lead somewhere, and (with
// --strict) articles nothing links to are pointed out.
import { articleFormat } from '../../lib/slugs.ts';
import { outlineArticle, type ArticleOutline } from '../article-outline.ts';
import { checkArticleLinks } from '../article-link-check.ts';
import { emptyArticleWarning, hasNothingToRead } from '../rules/empty-article.ts';
import { checkCategoryOrder } from '../category-order.ts';
import { hasIntroductionFile, type ContentIndex } from '../content-index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { checkMarkdownFieldLinks } from '../markdown-field-links.ts';
import { OldHelpCenter } from '../old-help-center.ts';
import type { ParsedFile } from '../parse-file.ts';
import { ReadmePages } from '../readme-pages.ts';
import { PortalPages } from '../portal-pages.ts';
import { checkRedirects } from '../redirects.ts';
import { checkReferences, referencedTargets } from '../references.ts';
import type { SchemaPass } from './schemas.ts';

function orphans(content: ContentIndex, linked: ReadonlySet<string>): Diagnostic[] {
  return content.articles
    .filter((article) => !article.data.draft && !linked.has(`kb:${article.id}`))
    .map((article) => ({
      file: article.file,
      line: 1,
      column: 1,
      severity: 'warning' as const,
      rule: 'orphan-article',
      message: 'No plan, course, FAQ or other article links to this article',
      hint: `Customers can still find it in its section and by search; link it with kb:${article.id} where it helps.`,
    }));
}

export function checkReferencesAndLinks(
  { content, referrers, broken, brokenArticles }: SchemaPass,
  byPath: ReadonlyMap<string, ParsedFile>,
  { strict = false, publicFolder }: { strict?: boolean | undefined; publicFolder?: string | undefined } = {},
): Diagnostic[] {
  const diagnostics = [...checkReferences(content, referrers, broken), ...checkCategoryOrder(content, byPath)];
  // Articles whose frontmatter is wrong still have their links checked, and links to them are not
  // reported again: every problem in one run, each once.
  const articles = [...content.articles, ...brokenArticles];
  const outlines = new Map<string, ArticleOutline>();
  for (const article of articles) {
    const parsed = byPath.get(article.file);
    const outline = outlineArticle(article.body, articleFormat(article.file), { title: parsed?.raw?.title as string | undefined }, parsed?.file.absolute);
    outlines.set(article.id, outline);
    article.anchors = [...outline.anchors];
    article.imagePaths = outline.imagePaths;
    if (outline.titleAnchor) article.data = { ...article.data, titleAnchor: outline.titleAnchor };
  }
  const importedFrom = content.site?.kb.importedFrom;
  const targets = {
    articles: new Map(articles.map((article) => [article.id, article])),
    pages: new PortalPages({ ...content, articles }, new Map([...outlines].map(([id, outline]) => [id, outline.anchors])), publicFolder),
    oldHelpCenter: importedFrom ? new OldHelpCenter(importedFrom, articles) : undefined,
    readmePages: new ReadmePages(articles),
    strict,
  };
  const linked = referencedTargets(referrers);
  for (const article of articles) {
    const parsed = byPath.get(article.file)!;
    const links = checkArticleLinks({ ...article, absolute: parsed.file.absolute, text: parsed.text ?? '' }, outlines.get(article.id)!, targets);
    diagnostics.push(...links.diagnostics);
    article.assets = [...new Set(links.files)];
    article.attachments = [...new Set(links.attachments)];
    if (links.drafts.length > 0) article.draftLinks = [...new Set(links.drafts)];
    if (!article.data.draft) for (const target of links.linked) linked.add(target);
    if (!article.data.draft && hasNothingToRead(article.body)) diagnostics.push(emptyArticleWarning(article.file));
  }
  // A folder's introduction may link files beside it too, which the build publishes. Its links are
  // checked as an article's: the build checks its page's links as any other's, and a broken one
  // stopped the build after every page was rendered (Python's docs, whatsnew/index.html, two
  // minutes in) where validation had found nothing. A link it keeps as written is a warning, as
  // the build's check makes it (checkArticleLinks).
  for (const folder of content.kbFolders) {
    const parsed = byPath.get(folder.file);
    // A folder described by a _category_ file (kb-categories.ts) or a navigation file (navigation-files.ts): no introduction.
    if (!parsed || !hasIntroductionFile(folder)) continue;

    const outline = outlineArticle(folder.body, articleFormat(folder.file), { title: parsed.raw?.title as string | undefined }, parsed.file.absolute);
    const checked = checkArticleLinks({ ...folder, absolute: parsed.file.absolute, text: parsed.text ?? '' }, outline, targets, { introduction: true });
    folder.attachments = [...new Set(checked.attachments)];
    diagnostics.push(...checked.diagnostics);
  }
  diagnostics.push(...checkMarkdownFieldLinks(referrers, byPath, targets.pages, strict), ...checkRedirects(content, targets.pages, byPath));
  // Every article is reachable from its folder and by search: one nothing links to is worth a
  // look only when asked for (--strict); on a real help center it is most of them.
  if (strict) diagnostics.push(...orphans(content, linked));
  return diagnostics;
}
