// The Docusaurus theme modules an MDX article may import, each the Milepost component that stands
// in for it (src/components/compat/): Vite resolves them by this map, the validator accepts them
// by it (src/content/mdx-imports.ts), and reports any other module an article imports.
import { fileURLToPath } from 'node:url';

const COMPONENTS: Record<string, string> = {
  '@theme/Tabs': 'Tabs.astro',
  '@theme/TabItem': 'TabItem.astro',
  '@theme/Admonition': 'Admonition.astro',
  '@theme/Details': 'Details.astro',
  '@theme/CodeBlock': 'CodeBlock.astro',
  '@theme/DocCardList': 'DocCardList.astro',
  '@docusaurus/Link': 'Link.astro',
  '@docusaurus/useBaseUrl': 'useBaseUrl.ts',
};

/** The module names articles may import. */
export const COMPAT_MODULES: readonly string[] = Object.keys(COMPONENTS);

/** Vite's `resolve.alias`: each module name to its component's file. */
export function compatAliases(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(COMPONENTS).map(([module, file]) => [module, fileURLToPath(new URL(`../components/compat/${file}`, import.meta.url))]),
  );
}
