// What an MDX article imports, checked before anything is built: a file beside it, or a Docusaurus
// component the portal stands in for (src/integration/mdx-compat.ts). Anything else, a
// package or a component of the old site's theme, would stop the build in Astro: here it is an
// `mdx-import` error at the import. Packages the project itself has are not offered to articles:
// an article importing `react` or `zod` would build nothing a reader can see, or crash.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMPAT_MODULES, compatExports } from '../integration/mdx-compat.ts';
import type { ArticleOutline } from './article-outline.ts';
import { withinOneTypo } from './did-you-mean.ts';

export interface MdxImport {
  /** The module as written: "@theme/Tabs", "./partials/_setup.mdx". */
  module: string;
  /** The names it binds ("Tabs", "TabItem"): the tags that use them. */
  names: string[];
  /** The names it takes from the module's named exports ("Aside" of "{ Aside as Note }"). */
  imported: string[];
  /** Where the statement starts in the body. */
  offset: number;
}

export interface ImportProblem {
  severity: 'error' | 'warning';
  offset: number;
  message: string;
  hint: string;
}

/**
 * `import X from 'm'`, `import { a, b as c } from 'm'` (over several lines too), `import 'm'`
 * and `export … from 'm'`, at the start of a line of an ESM block. The blocks are statements
 * only (MDX's own parser found them), so a line starting with `import` is a statement.
 */
const STATEMENT = /^([ \t]*)(?:import|export)\b(?:([^'"`;]*?)\bfrom)?\s*(['"])([^'"\n]*)\3/gm;

/** Extensions Vite tries for a relative import written without one (its resolve.extensions default). */
const EXTENSIONS = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

const RAW_LOADER = /^!*raw-loader!(\.{1,2}\/.*)$/;

/** React components: Astro has no renderer for them here, and the page fails to build. */
const REACT_COMPONENT = /\.[jt]sx$/i;

/** Import and export statements at the start of a line, with the lines they continue on: the ESM of an MDX source, read without parsing it. */
const ESM_LINES = /^[ \t]*(?:import|export)\b[^\n]*(?:\n(?![ \t]*(?:import|export)\b|\s*$)[^\n]*)*/gm;

/** The ESM statements of an MDX source, where the build has only its text (mdx-stand-ins.ts, unknown-components.ts). */
export const esmOf = (source: string): ArticleOutline['esm'] =>
  [...source.matchAll(ESM_LINES)].map((match) => ({ value: match[0], offset: match.index }));

export function mdxImports(esm: ArticleOutline['esm']): MdxImport[] {
  return esm.flatMap(({ value, offset }) =>
    [...value.matchAll(STATEMENT)].map((match) => ({
      module: match[4]!,
      names: boundNames(match[2] ?? ''),
      imported: namedImports(match[2] ?? ''),
      offset: offset + match.index + match[1]!.length,
    })),
  );
}

/** "Tabs", "{ a, b as c }", "* as all", "Tabs, { x }" → the local names. */
function boundNames(clause: string): string[] {
  return clause
    .replace(/[{}]/g, ',')
    .split(',')
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .trim(),
    )
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}

/** "Tabs, { Aside, Card as Box }" → the exported names in the braces: "Aside", "Card". */
function namedImports(clause: string): string[] {
  const braces = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
  return braces
    .split(',')
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)[0]!
        .trim(),
    )
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}

const listed = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join(''));

/** The file a relative import leads to, as Vite finds it; undefined when there is none. */
function importedFile(articleFile: string, module: string): string | undefined {
  const path = join(dirname(articleFile), module.replace(/[?#].*$/, ''));
  const isFile = (candidate: string) => existsSync(candidate) && statSync(candidate).isFile();
  if (isFile(path)) return path;
  return [...EXTENSIONS.map((extension) => path + extension), ...EXTENSIONS.map((extension) => join(path, `index${extension}`))].find(
    isFile,
  );
}

/**
 * Whether the build gives an import a stand-in that shows only what is written inside its tags
 * (src/integration/mdx-stand-ins.ts), so the page builds: a module of the old site the portal does
 * not have (its theme's components, a package), a missing file, a React component. A typo of a
 * module the portal has, and webpack's raw-loader, have a fix the author should make instead.
 */
export function standsIn(articleFile: string, module: string): boolean {
  if (module.startsWith('./') || module.startsWith('../')) {
    const file = importedFile(articleFile, module);
    return !file || REACT_COMPONENT.test(file);
  }
  if (COMPAT_MODULES.includes(module) || RAW_LOADER.test(module)) return false;
  return !COMPAT_MODULES.some((known) => withinOneTypo(module, known));
}

/** The problems of the imports of the MDX article at `articleFile` (an absolute path). */
export function checkMdxImports(articleFile: string, esm: ArticleOutline['esm']): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { module, names, imported, offset } of mdxImports(esm)) {
    const tags = listed(names.map((name) => (/^[A-Z]/.test(name) ? `<${name}>` : name)));
    // What readers get where the article uses a stand-in (src/integration/mdx-stand-ins.ts).
    const shown = names.length > 0 ? `: readers see only the text written inside ${tags}` : '';
    const rewrite = names.length > 0 ? `Write what ${tags} showed in Markdown, or remove the import` : 'Remove the import';
    if (module.startsWith('./') || module.startsWith('../')) {
      const file = importedFile(articleFile, module);
      if (!file) {
        problems.push({
          severity: 'warning',
          offset,
          message: `This article imports '${module}', a file that does not exist next to it${shown}`,
          hint: `Check the file's name and folder. ${rewrite}.`,
        });
      } else if (REACT_COMPONENT.test(file)) {
        problems.push({
          severity: 'warning',
          offset,
          message: `This article imports '${module}', a React component, which the portal cannot show${shown}`,
          hint: `${rewrite}.`,
        });
      }
      continue;
    }
    if (COMPAT_MODULES.includes(module)) {
      const offered = compatExports(module);
      const missing = offered ? imported.filter((name) => !offered.includes(name)) : [];
      if (missing.length > 0) {
        const typo = offered!.find((known) => missing.some((name) => withinOneTypo(name, known)));
        problems.push({
          severity: 'error',
          offset,
          message: `This article imports ${listed(missing)} from '${module}', which the portal does not stand in for`,
          hint: typo
            ? `Did you mean ${typo}?`
            : `Remove ${missing.length > 1 ? 'them' : 'it'} from the import and write what ${missing.length > 1 ? 'they show' : 'it shows'} in Markdown, or use one of: ${offered!.join(', ')}.`,
        });
      }
      continue;
    }
    // Docusaurus docs import a file's text for <CodeBlock> through webpack's raw-loader; Vite writes it "?raw".
    const rawFile = RAW_LOADER.exec(module)?.[1];
    // A typo gets its "did you mean"; another component (ApiTabs, say) is no typo of a near name.
    const typo = COMPAT_MODULES.find((known) => withinOneTypo(module, known));
    if (rawFile || typo) {
      problems.push({
        severity: 'error',
        offset,
        message: `This article imports '${module}', which the portal does not have`,
        hint: rawFile ? `Write '${rawFile}?raw' to import the file's text.` : `Did you mean '${typo}'?`,
      });
      continue;
    }
    problems.push({
      severity: 'warning',
      offset,
      message: `This article imports '${module}', which the portal does not have${shown}`,
      hint: `${rewrite}, or use one of: ${COMPAT_MODULES.join(', ')}.`,
    });
  }
  return problems;
}
