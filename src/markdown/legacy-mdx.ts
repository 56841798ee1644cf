// MDX 1 as Docusaurus 2 sites wrote it, which MDX 2 and later refuse: HTML comments (`<!-- … -->`)
// and void elements left open (`<br>`, `<img …>`). Each stopped the build with an `mdx-syntax`
// error, one at a time. Before an .mdx article is read (the validator) or compiled (the build,
// mdx-stand-ins.ts), comments become MDX comments, `{/* … */}`, as long as they were (so columns
// hold), and void elements are closed. Fenced and inline code are left as written.
import { codeFences, outsideInlineCode } from './code-fences.ts';

const LEGACY = /<!--|-->|<(?:br|hr|img|input|source|wbr|area|col|embed|track)\b/i;
const VOID = /<(br|hr|img|input|source|wbr|area|col|embed|track)\b((?:[^>"'{}]|"[^"]*"|'[^']*')*?)\s*(\/?)>/gi;
const modern = (text: string) =>
  text
    .replace(/<!--/g, '{/* ')
    .replace(/-->/g, '*/}')
    .replace(VOID, (whole, name: string, attributes: string, closed: string) => (closed ? whole : `<${name}${attributes} />`));

export function legacyMdx(source: string): string {
  if (!LEGACY.test(source)) return source;
  const code = codeFences();
  return source
    .split('\n')
    .map((line) => (code.inCode(line) ? line : outsideInlineCode(line, modern)))
    .join('\n');
}
