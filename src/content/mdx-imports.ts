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
    .map((part) => part.trim().split(/\s+as\s+/)[0]!.trim())
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}

const capitalised = (text: string) => text[0]!.toUpperCase() + text.slice(1);
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

/** The problems of the imports of the MDX article at `articleFile` (an absolute path). */
export function checkMdxImports(articleFile: string, esm: ArticleOutline['esm']): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { module, names, imported, offset } of mdxImports(esm)) {
    const remove =
      names.length > 0
        ? `remove the import and where the article uses ${listed(names.map((name) => (/^[A-Z]/.test(name) ? `<${name}>` : name)))}`
        : 'remove the import';
    if (module.startsWith('./') || module.startsWith('../')) {
      const file = importedFile(articleFile, module);
      if (!file) {
        problems.push({
          offset,
          message: `This article imports '${module}', a file that does not exist next to it`,
          hint: `Check the file's name and folder, or ${remove}.`,
        });
      } else if (REACT_COMPONENT.test(file)) {
        problems.push({
          offset,
          message: `This article imports '${module}', a React component, which the portal cannot show`,
          hint: `${capitalised(remove)}, and write what it showed in Markdown.`,
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
    problems.push({
      offset,
      message: `This article imports '${module}', which the portal does not have`,
      hint: rawFile
        ? `Write '${rawFile}?raw' to import the file's text.`
        : typo
          ? `Did you mean '${typo}'?`
          : `${capitalised(remove)}, or use one of: ${COMPAT_MODULES.join(', ')}.`,
    });
  }
  return problems;
}
