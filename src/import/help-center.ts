// A help center read from a platform's API (zendesk.ts, intercom.ts), as the importer writes it
// (import-files.ts): articles in folders, folders in folders, whatever the platform calls them.

/** A category, section or collection. `key` is unique among the help center's folders ("section:360…"). */
export interface ImportedFolder {
  key: string;
  /** The id the help center's addresses use (`/sections/360…`, `/collections/123…`). */
  id: string;
  name: string;
  description?: string | null | undefined;
  position?: number | null | undefined;
  parent?: string | undefined;
}

export interface ImportedArticle {
  id: string;
  title: string;
  /** Its body, HTML. */
  body: string;
  folder?: string | undefined;
  locale?: string | null | undefined;
  draft: boolean;
  /** Seen by some users only on the help center (Zendesk's user segments): imported as a draft. */
  restricted?: boolean;
  /** Its own fields, as the platform names them, for the frontmatter (position, labels, dates, address). */
  fields: Record<string, unknown>;
  /** Its address on the help center. */
  url?: string | null | undefined;
}

export interface HelpCenter {
  articles: ImportedArticle[];
  folders: Map<string, ImportedFolder>;
  /** What the responses left out, for the command to say ("3 articles listed without their text: …"). */
  notes?: string[];
}

/** A file that is not what the importer reads, with what it found instead. */
export class ImportError extends Error {}

/**
 * Each response of the files (name → parsed JSON), with where it is for a message: a file holds
 * one response, or a list of them (pages saved as a script follows the next page's address),
 * which `holdsMany` tells (a Freshdesk response is itself a list).
 */
export function* responses(
  files: ReadonlyMap<string, unknown>,
  holdsMany: (json: unknown) => json is unknown[] = Array.isArray,
): Generator<{ where: string; response: unknown }> {
  for (const [name, json] of files) {
    if (!holdsMany(json)) yield { where: name, response: json };
    else for (const [at, response] of json.entries()) yield { where: `${name} [${at}]`, response };
  }
}

/** The first problem zod found in `name`, as "name: articles[3].title: expected string". */
export function importProblem(name: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): ImportError {
  const [issue] = issues;
  const path = issue?.path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  return new ImportError(`${name}: ${issue ? `${path}: ${issue.message}` : 'unreadable'}`);
}

/** An id as the API writes it: a number where it is one. */
export const asWritten = (id: string): string | number => (/^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id);

/**
 * Where the help center's articles lived (`https://help.example.com/hc/en-us/articles/`), the
 * address `kb.importedFrom` takes so that other links to them lead to the imported articles;
 * undefined when the articles name no address, or more than one.
 */
export function articlesAddress(articles: readonly ImportedArticle[]): string | undefined {
  const addresses = new Set(articles.flatMap((article) => /^(https?:\/\/[^?#]*\/articles?\/)\d/.exec(article.url ?? '')?.[1] ?? []));
  const [address] = addresses;
  return addresses.size === 1 ? address : undefined;
}
