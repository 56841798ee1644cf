// The component tags of an MDX article, checked before anything is built. Docs written for
// Mintlify use its components without importing them (<Note>, <Steps>, <Card>…): those every
// article may use too (src/components/compat/mdx-components.ts). Any other tag that is neither
// imported nor defined in the article stopped the build in Astro ("Expected component `Tabs` to
// be defined"): the page now shows what is written inside it (src/markdown/unknown-components.ts),
// and here it is an `mdx-component` warning where it is first used.
import type { ArticleOutline } from './article-outline.ts';
import { mdxImports, type ImportProblem } from './mdx-imports.ts';

/** The components every MDX article may use without importing them, as Mintlify docs do. */
export const GLOBAL_COMPONENTS = [
  'Note',
  'Tip',
  'Info',
  'Warning',
  'Check',
  'Danger',
  'Steps',
  'Step',
  'Tabs',
  'Tab',
  'Accordion',
  'AccordionGroup',
  'Card',
  'CardGroup',
  'CodeGroup',
  'Frame',
] as const;

/** `export const Palette = …`, `export function Chart() …`: components an article defines itself. */
const DEFINED = /\bexport\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g;

/** The component names an article's ESM statements make known, with those every article may use. */
export function knownComponents(esm: ArticleOutline['esm']): Set<string> {
  return new Set<string>([
    ...GLOBAL_COMPONENTS,
    ...mdxImports(esm).flatMap(({ names }) => names),
    ...esm.flatMap(({ value }) => [...value.matchAll(DEFINED)].map((match) => match[1]!)),
  ]);
}

export function checkMdxComponents(outline: Pick<ArticleOutline, 'esm' | 'components'>): ImportProblem[] {
  const known = knownComponents(outline.esm);
  const uses = new Map<string, { offset: number; count: number }>();
  for (const { name, offset } of outline.components) {
    const root = name.split('.')[0]!;
    if (known.has(root)) continue;
    const use = uses.get(name);
    if (use) use.count++;
    else uses.set(name, { offset, count: 1 });
  }
  return [...uses].map(([name, { offset, count }]) => ({
    // The page shows what is written inside it (src/markdown/unknown-components.ts).
    severity: 'warning' as const,
    offset,
    message: `This article uses <${name}>${count > 1 ? ` (${count} times)` : ''}, a component the portal does not have: readers see only the text written inside it`,
    hint: `Write what it shows in Markdown, import it from a file beside the article, or use one of: ${GLOBAL_COMPONENTS.map((known) => `<${known}>`).join(', ')}.`,
  }));
}
