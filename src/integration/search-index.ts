// Pagefind, run through its Node API over the built site at the end of every build. Pages are
// indexed with their type, filters and breadcrumb (src/search/facets.ts) and the synonyms
// from site.yaml; milestones and sessions are added as records of their own.
// What needs the content (facets, records, synonyms) is worked out while Astro builds, as a
// plain JSON-able SearchManifest, so the indexing itself can run in another process.
import * as pagefind from 'pagefind';
import type { ContentIndex } from '../content/content-index.ts';
import { facetLookup, facetsFor, type PageFacets } from '../search/facets.ts';
import { milestoneRecords, sessionRecords, type SearchRecord } from '../search/records.ts';
import { compileSynonyms, missingSynonyms, type SynonymGroups } from '../search/synonyms.ts';

/** Inside pages, these are navigation and cross-links, not what the page is about. */
const EXCLUDE = ['nav', '.toc', '.related', '[data-search-ignore]', 'script', 'style', 'template'];

export interface SearchManifest {
  /** Facets of every page to index, by its path inside the site ("plans/smb/index.html"). */
  pages: Record<string, PageFacets>;
  synonyms: SynonymGroups;
  /** Results that are not pages of their own: milestones and upcoming sessions. */
  records: SearchRecord[];
}

export function searchManifest(content: ContentIndex, htmlPaths: Iterable<string>, now: Date): SearchManifest {
  const lookup = facetLookup(content);
  const pages: SearchManifest['pages'] = {};
  for (const path of htmlPaths) {
    const facets = facetsFor(path, lookup);
    if (facets) pages[path] = facets;
  }
  return { pages, synonyms: content.site?.search.synonyms ?? [], records: [...milestoneRecords(content, lookup), ...sessionRecords(content, lookup, now)] };
}

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

export interface SearchIndex {
  /** Indexes the page if the manifest lists it; says whether it did. */
  addPage(path: string, html: string): Promise<boolean>;
  /** Adds the manifest's records and writes the index into `folder`. */
  write(folder: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSearchIndex(manifest: SearchManifest): Promise<SearchIndex> {
  const synonyms = compileSynonyms(manifest.synonyms);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return {
    async addPage(path, html) {
      const facets = manifest.pages[path];
      if (!facets) return false;
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
      const fromTitle = missingSynonyms(title, synonyms);
      const fromBody = missingSynonyms(html, synonyms).filter((word) => !fromTitle.includes(word));
      const added = await index.addHTMLFile({ sourcePath: path, content: prepareForIndex(html, facets, fromBody, fromTitle) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
      return true;
    },
    async write(folder) {
      for (const record of manifest.records) {
        const added = await index.addCustomRecord({ ...record, language: 'en' });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: folder });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
