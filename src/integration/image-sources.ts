// Where the image service finds an image's file while pages render. In a build, Astro has emitted
// every imported image into the output folder (/_astro/name.hash.png) before it renders pages;
// the integration, which knows that folder, leaves it here. Shared through globalThis: the image
// service is bundled with the pages, the integration is not, and both run in one process.
import { join } from 'node:path';

const OUTPUT = Symbol.for('milepost.imageSources');
type Registry = { [OUTPUT]?: string };

export function rememberImageSources(outDir: string): void {
  (globalThis as Registry)[OUTPUT] = outDir;
}

/** The file of an emitted image (`/_astro/name.hash.png`), or undefined outside a build. */
export function imageSourceFile(src: string): string | undefined {
  const outDir = (globalThis as Registry)[OUTPUT];
  return outDir && src.startsWith('/') ? join(outDir, src) : undefined;
}
