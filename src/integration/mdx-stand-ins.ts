// Stand-ins for what an MDX article imports and the portal does not have: its old site's theme
// components, packages, a missing file, a React component (src/content/mdx-imports.ts decides
// which, and the validator warns about each). Astro's build stopped on the first of them; here each
// resolves to a module whose every imported name is StandIn.astro, which shows only what is written
// inside its tags. Only the imports an article's author wrote get one: the imports MDX compiles in
// (astro/jsx-runtime…) resolve as always.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { esmOf, mdxImports, standsIn } from '../content/mdx-imports.ts';
import { legacyMdx } from '../markdown/legacy-mdx.ts';

const PREFIX = '\0milepost-stand-in:';
const STAND_IN = fileURLToPath(new URL('../components/compat/StandIn.astro', import.meta.url));

/** The imports the author of an MDX article wrote (`source`, its text), by module: the names each binds. */
function authorImports(source: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  for (const { module, imported, names } of mdxImports(esmOf(source))) {
    // `import X from` binds the default export; `{ A, B as C }` the exports A and B.
    const exported = [...imported, ...(names.length > imported.length ? ['default'] : [])];
    imports.set(module, [...new Set([...(imports.get(module) ?? []), ...exported])]);
  }
  return imports;
}

/** `kbFolder` is the content root's content/kb, whose MDX articles get stand-ins. */
export function mdxStandIns(kbFolder: string): Plugin {
  /** Each article's own imports, read from its text when it is compiled, before its imports resolve. */
  const articles = new Map<string, Map<string, string[]>>();
  const kbArticle = (id: string | undefined) => {
    const file = id?.replace(/[?#].*$/, '');
    return file && file.startsWith(kbFolder) && /\.mdx$/i.test(file) ? file : undefined;
  };
  return {
    name: 'milepost-mdx-stand-ins',
    enforce: 'pre',
    resolveId(source, importer) {
      const file = kbArticle(importer);
      const names = file ? articles.get(file)?.get(source) : undefined;
      if (!file || !names || !standsIn(file, source)) return null;
      return `${PREFIX}${names.join(',')}`;
    },
    // Runs before the MDX compiler (both "pre", this one registered first), on every compile: an
    // edit in `npm run dev` is read again. MDX 1's HTML comments and open void elements, which
    // the compiler refuses, are made MDX 2 (legacy-mdx.ts).
    transform(code, id) {
      const file = kbArticle(id);
      if (!file) return null;
      articles.set(file, authorImports(code));
      const modern = legacyMdx(code);
      return modern === code ? null : { code: modern, map: null };
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const names = id.slice(PREFIX.length).split(',');
      return [
        `import StandIn from ${JSON.stringify(STAND_IN)};`,
        'export default StandIn;',
        ...names.filter((name) => name !== 'default').map((name) => `export { StandIn as ${name} };`),
      ].join('\n');
    },
  };
}
