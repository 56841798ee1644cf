// Pagefind, run through its Node API over the built site at the end of every build. Pages are
// indexed with their type, filters and breadcrumb (src/search/facets.ts) and the synonyms
// from site.yaml as metadata (searched, never shown in an excerpt); milestones, sessions and
// certification levels are added as records of their own; the words of every page are written
// beside the index for typo tolerance (src/search/vocabulary.ts).
// What needs the content (facets, records, synonyms) is worked out while Astro builds, as a
// plain JSON-able SearchManifest, so the indexing itself can run in another process.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ContentIndex } from '../content/content-index.ts';
import { facetLookup, facetsFor, type PageFacets } from '../search/facets.ts';
import { levelRecords, milestoneRecords, sessionRecords, type SearchRecord } from '../search/records.ts';
import { compileSynonyms, missingSynonyms, synonymGroups, type SynonymGroups } from '../search/synonyms.ts';
import { countWords, Vocabulary } from '../search/vocabulary.ts';
import { EXCLUDE, indexedText } from '../search/indexed-text.ts';
import { primaryLanguage } from '../lib/language.ts';
import type { SearchFacts } from './page-facts.ts';
import { pagefindProcessEnv, withEnvironment } from './pagefind-env.ts';

/** Where the vocabulary for typo tolerance is written, inside Pagefind's folder. */
export const VOCABULARY_FOLDER = 'vocabulary';

export interface SearchManifest {
  /** The portal's language (BCP 47, "de", "pt-BR"): every page and record is indexed in it. */
  language: string;
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
  return {
    language: content.site?.language ?? 'en',
    pages,
    synonyms: synonymGroups(content.site?.search.synonyms ?? [], content.site?.search.defaultSynonyms ?? true),
    records: [...milestoneRecords(content, lookup), ...sessionRecords(content, lookup, now), ...levelRecords(content)],
  };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A table cell with no letter or digit (✓, ✗, —) says nothing in an excerpt. */
const SYMBOL_CELL = /<td(\s[^>]*)?>((?:(?!<\/?td\b)[\s\S])*?)<\/td>/gi;
const ignoreSymbolCells = (html: string) =>
  html.replace(SYMBOL_CELL, (cell, attributes = '', inner: string) =>
    /[\p{L}\p{N}]/u.test(inner.replace(/<[^>]+>/g, '')) ? cell : `<td data-pagefind-ignore${attributes}>${inner}</td>`,
  );

/**
 * The page as Pagefind should see it: facets as filter and meta attributes, and the synonyms it
 * lacks as metadata, which Pagefind searches and ranks (`metaWeights` in the browser) but never
 * puts in an excerpt. Synonyms of title words count for more than those of body words.
 */
export function prepareForIndex(html: string, facets: PageFacets, synonyms: string[], titleSynonyms: string[] = []): string {
  const meta = (name: string, value: string) => `<span data-pagefind-meta="${escapeAttribute(`${name}:${value}`)}"></span>`;
  const markers = [
    ...Object.entries(facets.filters).flatMap(([name, values]) =>
      values.map((value) => `<span data-pagefind-filter="${escapeAttribute(`${name}:${value}`)}"></span>`),
    ),
    meta('type', facets.filters.type?.[0] ?? facets.type),
    meta('crumbs', facets.crumbs),
    titleSynonyms.length > 0 ? meta('title_synonyms', titleSynonyms.join(', ')) : '',
    synonyms.length > 0 ? meta('synonyms', synonyms.join(', ')) : '',
  ].join('');
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1) return html;
  // Only <main> is indexed (data-pagefind-body): the header, footer and dialog around it are not
  // sent at all, which saves Pagefind a fifth of its parsing (10,000 pages: 27 s → 22 s).
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'en';
  return `<html lang="${escapeAttribute(lang)}"><body>${ignoreSymbolCells(`${html.slice(start, end)}${markers}`)}</main></body></html>`;
}

/** A built page as the index takes it: what Pagefind is given, and what was read off the page for it. */
export interface PreparedPage {
  content: string;
  facts: SearchFacts;
}

/**
 * Prepares each page the manifest lists for the index; other pages come back undefined. `known`,
 * what the last build read off the same page (src/integration/page-facts.ts), spares reading it
 * again; the facets are always this build's.
 */
export function pagePreparer(manifest: SearchManifest): (path: string, html: string, known?: SearchFacts) => PreparedPage | undefined {
  const synonyms = compileSynonyms(manifest.synonyms);
  const read = (html: string): SearchFacts => {
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    const titleSynonyms = missingSynonyms(title, synonyms);
    const text = indexedText(html);
    return {
      titleSynonyms,
      synonyms: missingSynonyms(text, synonyms).filter((word) => !titleSynonyms.includes(word)),
      words: countWords(text),
    };
  };
  return (path, html, known) => {
    const facets = manifest.pages[path];
    if (!facets) return undefined;
    const facts = known ?? read(html);
    return { content: prepareForIndex(html, facets, facts.synonyms, facts.titleSynonyms), facts };
  };
}

/** A file of the index, as Pagefind hands it over: its path inside the index folder and its bytes. */
export type IndexFile = { path: string; content: Uint8Array };

export interface SearchIndex {
  /** Indexes a prepared page; one already indexed at the same path is replaced, in its place. */
  add(path: string, content: string): Promise<void>;
  /**
   * Adds the manifest's records and writes the index into `folder`: by Pagefind, or, given
   * `place`, by `place` from the files Pagefind hands over. Its vocabulary is written apart (writeVocabulary).
   */
  write(folder: string, manifest: SearchManifest, place?: (files: IndexFile[]) => void | Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** Writes the words of the indexed pages (`vocabulary`) and of the manifest's records and synonyms into the index in `folder`. */
export async function writeVocabulary(folder: string, manifest: SearchManifest, vocabulary: Vocabulary): Promise<void> {
  // Words found only through synonyms are real words too: never "corrected" into another.
  vocabulary.add(manifest.synonyms.flat().join(' '));
  for (const record of manifest.records) vocabulary.add(`${record.meta.title ?? ''} ${record.content}`);
  await mkdir(join(folder, VOCABULARY_FOLDER), { recursive: true });
  for (const [length, json] of vocabulary.files()) await writeFile(join(folder, VOCABULARY_FOLDER, `${length}.json`), json);
}

/**
 * How the Pagefind process indexing a manifest starts: its environment (src/integration/pagefind-env.ts)
 * and the language it indexes in. An index started from a kept one must start with the same.
 */
export interface PagefindSettings {
  env: Record<string, string>;
  /** The language subtag Pagefind is forced to ("pt" for "pt-BR"): it picks its stemmer, or word segmentation, by it. */
  language: string;
}

/**
 * One index in the portal's language. Pagefind would make one per `<html lang>`, and the browser
 * loads only the page's own; forced to one language, it stems every page's words by it: forced
 * to English, a German portal's "Rechnungen" was never stemmed to "Rechnung", and a Japanese one
 * was indexed without its words segmented.
 */
export const searchSettings = (manifest: SearchManifest): PagefindSettings => ({
  env: pagefindProcessEnv(Object.keys(manifest.pages).length + manifest.records.length),
  language: primaryLanguage(manifest.language),
});

/** Pages given to Pagefind before its answer to the first of them (openSearchIndex). */
const PAGES_AHEAD = 8;

/** Starts Pagefind with `settings` (searchSettings) and opens an index in it. */
export async function openSearchIndex({ env, language }: PagefindSettings): Promise<SearchIndex> {
  // The indexing process starts here, with the chunk size and allocator settings in its environment.
  const { index, errors } = await withEnvironment(env, () => pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: language }));
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pages go to Pagefind in order (it numbers them as they arrive, so the index is the same file
  // for file from build to build), up to eight ahead of its answers: it reads its requests one
  // after the other from one pipe, so the order holds (the same index, file for file, as one page at
  // a time), and it does not sit idle between an answer and the next page. The help center's 406
  // kept pages: 213–273 ms instead of 343–414 ms.
  // Records go the same way: one at a time, the help center's four took 11–35 ms before the index
  // was written, a round trip each.
  const inFlight: Promise<void>[] = [];
  const send = async (what: string, request: () => Promise<{ errors: string[] }>) => {
    if (inFlight.length >= PAGES_AHEAD) await inFlight.shift();
    const sent = request().then((added) => {
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${what}: ${added.errors.join('; ')}`);
    });
    // Seen as handled until a later request or write() awaits it, which still throws the error.
    sent.catch(() => {});
    inFlight.push(sent);
  };
  return {
    add: (path, content) => send(path, () => index.addHTMLFile({ sourcePath: path, content })),
    async write(folder, manifest, place) {
      for (const record of manifest.records) await send(record.url, () => index.addCustomRecord({ ...record, language }));
      await Promise.all(inFlight.splice(0));
      const written = place ? await index.getFiles() : await index.writeFiles({ outputPath: folder });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      if (place && 'files' in written) await place(written.files);
    },
    close: async () => {
      await Promise.allSettled(inFlight.splice(0));
      await pagefind.close();
    },
  };
}
