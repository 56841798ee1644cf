// Pagefind, run through its Node API over the built site at the end of every build.
import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(siteFolder: string, logger: AstroIntegrationLogger): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteFolder });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteFolder, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.debug(`search index written to ${written.outputPath}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
