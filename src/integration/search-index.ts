// Pagefind, run through its Node API over the built site at the end of every build. Pages are
// indexed with their type, filters and breadcrumb (src/search/facets.ts) and the synonyms
// from site.yaml; milestones and sessions are added as records of their own.
import type { AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { ContentIndex } from '../content/content-index.ts';
import { facetLookup, facetsFor, type PageFacets } from '../search/facets.ts';
import { buildNow } from '../content/now.ts';
import { milestoneRecords, sessionRecords, type SearchRecord } from '../search/records.ts';
import { compileSynonyms, missingSynonyms } from '../search/synonyms.ts';

/** Inside pages, these are navigation and cross-links, not what the page is about. */
const EXCLUDE = ['nav', '.toc', '.related', '[data-search-ignore]', 'script', 'style', 'template'];

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page as Pagefind should see it: facets as hidden filter/meta elements, synonyms at the end of the body. */
export function prepareForIndex(html: string, facets: PageFacets, synonyms: string[], titleSynonyms: string[] = []): string {
  const markers = [
    ...Object.entries(facets.filters).flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${escapeAttribute(`${name}:${value}`)}"></span>`)),
    `<span data-pagefind-meta="${escapeAttribute(`type:${facets.filters.type?.[0] ?? facets.type}`)}"></span>`,
    `<span data-pagefind-meta="${escapeAttribute(`crumbs:${facets.crumbs}`)}"></span>`,
  ].join('');
  // Synonyms of words in the title weigh like a heading; those of body words like a footnote.
  const extra = [
    titleSynonyms.length > 0 ? `<p data-pagefind-weight="5">${escapeAttribute(titleSynonyms.join(' · '))}</p>` : '',
    synonyms.length > 0 ? `<p data-pagefind-weight="0.5">${escapeAttribute(synonyms.join(' · '))}</p>` : '',
  ].join('');
  const end = html.lastIndexOf('</main>');
  if (end === -1) return html;
  return `${html.slice(0, end)}${markers}${extra}${html.slice(end)}`;
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export async function buildSearchIndex(siteFolder: string, content: ContentIndex, logger: AstroIntegrationLogger, extraRecords: SearchRecord[] = []): Promise<number> {
  const lookup = facetLookup(content);
  const synonyms = compileSynonyms(content.site?.search.synonyms ?? []);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  try {
    for (const file of await htmlFiles(siteFolder)) {
      const sourcePath = relative(siteFolder, file).split(sep).join('/');
      const facets = facetsFor(sourcePath, lookup);
      if (!facets) continue;
      const html = await readFile(file, 'utf8');
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
      const fromTitle = missingSynonyms(title, synonyms);
      const fromBody = missingSynonyms(html, synonyms).filter((word) => !fromTitle.includes(word));
      const added = await index.addHTMLFile({ sourcePath, content: prepareForIndex(html, facets, fromBody, fromTitle) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
      pages++;
    }
    for (const record of [...milestoneRecords(content, lookup), ...sessionRecords(content, lookup, buildNow), ...extraRecords]) {
      const added = await index.addCustomRecord({ ...record, language: 'en' });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteFolder, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.debug(`search index written to ${written.outputPath}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}
