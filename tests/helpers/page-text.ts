// A built page as a reader takes it in: the visible text of its HTML, an article's body, the
// addresses its links lead to. Shared by the build tests of the export fixtures.
import { readText, type BuildResult } from './build.ts';

/** Text of HTML as written, entities decoded. */
export const decodedEntities = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The visible text of an HTML fragment: blocks apart, inline elements run in, spaces collapsed. */
export const visibleText = (html: string) =>
  decodedEntities(
    html
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<\/?(strong|em|code|a)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();

/** The body of the article (or folder introduction) at kb/<id>/, as HTML. */
export const articleBody = (build: BuildResult, id: string) =>
  /<div class="prose"[^>]*>([\s\S]*?)<\/div><p class="meta/.exec(readText(build.outDir, `kb/${id}/index.html`))?.[1] ?? '';

/** Where the links of an HTML fragment lead, in order. */
export const linksIn = (html: string) => [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((match) => match[1]!);

/** The titles of the articles a page lists (the help home, a folder's page), list after list, in order. */
export const listedArticles = (html: string) =>
  [...html.matchAll(/<ul class="article-list"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap((list) =>
    [...list[1]!.matchAll(/<a\s[^>]*>([\s\S]*?)<\/a>/g)].map((link) => visibleText(link[1]!)),
  );

/** What an article page's previous and next links say: ["← Install the collector", "Events are not arriving →"]. */
export const pagerLinks = (html: string) =>
  [...(/<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '').matchAll(/<a\s[^>]*>([\s\S]*?)<\/a>/g)].map((link) =>
    visibleText(link[1]!),
  );
