// Browser tests run against dist/ as `npm run build` left it; when there is none, build it first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = `${PROJECT}dist`;

export default function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) {
    const result = buildSite(PROJECT, { outDir: DIST });
    if (result.code !== 0) throw new Error(`npm run build failed:\n${result.output}`);
  }
  project.provide('dist', DIST);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}
