// An HTML article converted to Markdown once per version of its file, where the build keeps a
// cache: the validator, the content sync and the article's page each read it as Markdown
// (src/markdown/html-article.ts), and converting is slow (Node's API docs, 9.6 MB of HTML in 64
// pages, took 6.7 s a pass on the 2-core machine). Kept in the build cache under the digest of the
// HTML and of the code that converts it, so a rebuild converts only the files that changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { codeDigest } from '../lib/code-digest.ts';
import { htmlArticleMarkdown, type HtmlArticle } from '../markdown/html-article.ts';

/** The folder the build's processes keep conversions in, set by `npm run build` (src/cli/build.ts). */
export const HTML_CACHE_ENV = 'MILEPOST_HTML_CACHE';

/** The folder of conversions in the build cache. */
export const HTML_CACHE_FOLDER = 'html-markdown';

/** The code an HTML page is converted with: the Markdown folder (html-article.ts and the steps it calls) and its parsers. */
const conversionCode = () =>
  codeDigest([fileURLToPath(new URL('../markdown/', import.meta.url))], ['turndown', '@mixmark-io/domino']).slice(0, 16);

/** A conversion as kept: where in its HTML the page's text starts, which its line origins count from. */
type Kept = HtmlArticle & { start: number };

/**
 * `html` as Markdown (htmlArticleMarkdown), from the build's cache when an earlier process or build
 * converted it. Kept under the digest of the page without the space around it: the content sync
 * reads a page trimmed (Astro's Markdown entry type), the validator and the page's render as written.
 */
export function convertedHtmlArticle(html: string, folder: string | undefined = process.env[HTML_CACHE_ENV]): HtmlArticle {
  if (!folder) return htmlArticleMarkdown(html);
  const page = html.trim();
  const start = html.length - html.trimStart().length;
  const file = join(folder, `${createHash('sha256').update(page).digest('base64url').slice(0, 32)}.json`);
  try {
    const { start: keptStart, ...kept } = JSON.parse(readFileSync(file, 'utf8')) as Kept;
    return keptStart === start ? kept : { ...kept, lineOrigins: kept.lineOrigins.map((origin) => origin - keptStart + start) };
  } catch {
    // Not converted yet (or a file cut short by a crash, read as not there).
  }
  const converted = htmlArticleMarkdown(html);
  try {
    mkdirSync(folder, { recursive: true });
    // Whole or not at all: the Astro process may read it while this one validates.
    const partial = `${file}.${process.pid}-${threadId}.part`;
    writeFileSync(partial, JSON.stringify({ ...converted, start } satisfies Kept));
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written only costs the next reader a conversion.
  }
  return converted;
}

/**
 * The environment that gives a build's processes the cache of conversions in `cacheRoot`, in a
 * folder of the converting code's digest (worked out here: the pages' bundle, which renders
 * articles, does not have the code's files where its modules are). Conversions by other code are
 * removed, and each version of a page adds a file no later build reads: past twice the content
 * files (and a thousand) the folder starts over, as a cold build's would.
 */
export function htmlCacheEnv(cacheRoot: string, contentFiles: number, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (env[HTML_CACHE_ENV] !== undefined) return {};
  const code = conversionCode();
  const parent = join(cacheRoot, HTML_CACHE_FOLDER);
  const folder = join(parent, code);
  if (existsSync(parent))
    for (const other of readdirSync(parent)) if (other !== code) rmSync(join(parent, other), { recursive: true, force: true });
  if (existsSync(folder) && readdirSync(folder).length > 2 * contentFiles + 1_000) rmSync(folder, { recursive: true, force: true });
  return { [HTML_CACHE_ENV]: folder };
}
