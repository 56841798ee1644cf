// The component tags of an MDX article, checked before anything is built. Docs written for
// Mintlify use its components without importing them (<Note>, <Steps>, <Card>…): those every
// article may use too (src/components/compat/mdx-components.ts). Any other tag that is neither
// imported nor defined in the article would stop the build in Astro ("Expected component `Tabs` to
// be defined"): here it is an `mdx-component` error where it is first used.
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

export function checkMdxComponents(outline: Pick<ArticleOutline, 'esm' | 'components'>): ImportProblem[] {
  const known = new Set<string>([
    ...GLOBAL_COMPONENTS,
    ...mdxImports(outline.esm).flatMap(({ names }) => names),
    ...outline.esm.flatMap(({ value }) => [...value.matchAll(DEFINED)].map((match) => match[1]!)),
  ]);
  const uses = new Map<string, { offset: number; count: number }>();
  for (const { name, offset } of outline.components) {
    const root = name.split('.')[0]!;
    if (known.has(root)) continue;
    const use = uses.get(name);
    if (use) use.count++;
    else uses.set(name, { offset, count: 1 });
  }
  return [...uses].map(([name, { offset, count }]) => ({
    severity: 'error' as const,
    offset,
    message: `This article uses <${name}>${count > 1 ? ` (${count} times)` : ''}, a component the portal does not have`,
    hint: `Import it from a file beside the article, write what it shows in Markdown, or use one of: ${GLOBAL_COMPONENTS.map((known) => `<${known}>`).join(', ')}.`,
  }));
}
