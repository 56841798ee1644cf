// Where the image service finds an image's file while pages render. In a build, Astro has emitted
// every imported image into the output folder (/_astro/name.hash.png) before it renders pages;
// the integration, which knows that folder, leaves it here. Shared through globalThis: the image
// service is bundled with the pages, the integration is not, and both run in one process.
import { join } from 'node:path';

const OUTPUT = Symbol.for('milepost.imageSources');
type Registry = { [OUTPUT]?: { outDir: string; base: string } };

/** `base` is the site's base path ("/docs/"): image URLs carry it, the output folder does not. */
export function rememberImageSources(outDir: string, base = '/'): void {
  (globalThis as Registry)[OUTPUT] = { outDir, base: base.endsWith('/') ? base : `${base}/` };
}

/** The file of an emitted image (`/_astro/name.hash.png`, `/docs/_astro/…` under a base path), or undefined outside a build. */
export function imageSourceFile(src: string): string | undefined {
  const registered = (globalThis as Registry)[OUTPUT];
  if (!registered || !src.startsWith('/')) return undefined;
  return join(registered.outDir, src.startsWith(registered.base) ? src.slice(registered.base.length) : src);
}
