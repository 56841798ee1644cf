// The modules of other docs tools an MDX article may import, each the Milepost stand-in for it
// (src/components/compat/): Docusaurus's theme components, each a module of its own, and
// Starlight's and Nextra's, named exports of one module. Vite resolves them by this map, the validator accepts
// them by it (src/content/mdx-imports.ts), and reports any other module or name an article imports.
import { fileURLToPath } from 'node:url';

interface CompatModule {
  /** The stand-in's file, under src/components/compat/. */
  file: string;
  /** The names the module exports, for a module imported by name ("import { Aside } from …"). */
  exports?: readonly string[];
}

/** What Nextra's component modules offer that the portal stands in for. */
const NEXTRA = ['Callout', 'Cards', 'Card', 'FileTree', 'Steps', 'Tabs', 'Tab'];

const MODULES: Record<string, CompatModule> = {
  '@theme/Tabs': { file: 'Tabs.astro' },
  '@theme/TabItem': { file: 'TabItem.astro' },
  '@theme/Admonition': { file: 'Admonition.astro' },
  '@theme/Details': { file: 'Details.astro' },
  '@theme/CodeBlock': { file: 'CodeBlock.astro' },
  '@theme/DocCardList': { file: 'DocCardList.astro' },
  '@docusaurus/Link': { file: 'Link.astro' },
  '@docusaurus/useBaseUrl': { file: 'useBaseUrl.ts' },
  'nextra/components': { file: 'nextra/index.ts', exports: NEXTRA },
  'nextra-theme-docs': { file: 'nextra/index.ts', exports: NEXTRA },
  '@astrojs/starlight/components': {
    file: 'starlight/index.ts',
    exports: ['Aside', 'Badge', 'Card', 'CardGrid', 'Code', 'FileTree', 'Icon', 'LinkButton', 'LinkCard', 'Steps', 'TabItem', 'Tabs'],
  },
};

/** The module names articles may import. */
export const COMPAT_MODULES: readonly string[] = Object.keys(MODULES);

/** The names a module offers to `import { … }`; undefined for a module imported whole. */
export const compatExports = (module: string): readonly string[] | undefined => MODULES[module]?.exports;

/** Vite's `resolve.alias`: each module name to its stand-in's file. */
export function compatAliases(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(MODULES).map(([module, { file }]) => [module, fileURLToPath(new URL(`../components/compat/${file}`, import.meta.url))]),
  );
}
