// Fenced code in a language Prism has no grammar for went into the page as it was written, as
// HTML: a ```vue block's <template> vanished, a ```svelte block's <script> broke the page's
// policy, and a quote in the language ("x\" data-evil") made an attribute. Such code is shown as
// plain text, escaped like any other; a language Prism knows under another case ("HTML") is
// highlighted as that language, and single-file components as HTML.
import type { Code } from 'mdast';
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import { defineMdastPlugin } from 'satteri';

/** Languages of exported docs that Prism lacks, by what highlights them best. */
const LIKE = new Map([
  ['vue', 'html'],
  ['svelte', 'html'],
  ['jsonc', 'json'],
  ['c++', 'cpp'],
  ['console', 'shell-session'],
]);

/** Astro's highlighter handles these itself (@astrojs/prism: "ts" as TypeScript, "astro"). */
const ASTRO_HANDLES = new Set(['ts', 'astro']);

const known = new Map<string, boolean>();
// A language Prism does not have is asked for on purpose (prismKnows): no warning for it.
loadLanguages.silent = true;

/** Whether Prism has a grammar for `language`, loading it if it is one of Prism's. */
function prismKnows(language: string): boolean {
  let knows = known.get(language);
  if (knows === undefined) {
    if (!Prism.languages[language] && /^[a-z0-9+#-]+$/.test(language)) loadLanguages([language]);
    known.set(language, (knows = Prism.languages[language] !== undefined));
  }
  return knows;
}

/** The language a fence is highlighted as: `written`, or what Prism knows it as, or plain text. */
export function codeLanguage(written: string): string {
  if (ASTRO_HANDLES.has(written) || prismKnows(written)) return written;
  const lower = written.toLowerCase();
  const like = LIKE.get(lower) ?? lower;
  return ASTRO_HANDLES.has(like) || prismKnows(like) ? like : 'plaintext';
}

export const codeLanguages = defineMdastPlugin({
  name: 'milepost-code-languages',
  code(node: Code) {
    const lang = node.lang ? codeLanguage(node.lang) : node.lang;
    return lang === node.lang ? undefined : { ...node, lang };
  },
});
