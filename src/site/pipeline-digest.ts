// The digest of the Markdown pipeline the build renders articles with, handed from the integration
// (which loads the pipeline: its files are not in the pages' bundle) to the pages' cache keys
// (src/site/layout-cache-key.ts). Shared through globalThis: both run in the Astro process.
const PIPELINE = Symbol.for('milepost.markdownPipeline');
type Registry = { [PIPELINE]?: string };

export function rememberMarkdownPipeline(digest: string): void {
  (globalThis as Registry)[PIPELINE] = digest;
}

/** Undefined outside a build (on the dev server, which has no cache to copy pages from). */
export const markdownPipeline = (): string | undefined => (globalThis as Registry)[PIPELINE];
