// A small HTML/SVG tokenizer for security tests: finds what a browser would execute (script
// elements, on* attributes, javascript: URLs), reading attribute values and raw-text elements
// the way a parser does, so escaped or quoted text is never mistaken for markup.

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

export interface Executable {
  kind: 'script' | 'event handler' | 'script URL';
  snippet: string;
}

export function findExecutable(html: string): Executable[] {
  const found: Executable[] = [];
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) break;
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(open, open + 40));
    if (!nameMatch) {
      i = open + 1;
      continue;
    }
    const tag = nameMatch[1]!.toLowerCase();
    let j = open + nameMatch[0].length;
    const attributes: [string, string][] = [];
    while (j < html.length && html[j] !== '>') {
      const attribute = /^\s*([^\s=>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/.exec(html.slice(j));
      if (!attribute || attribute[0].length === 0) {
        j++;
        continue;
      }
      attributes.push([attribute[1]!.toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? '']);
      j += attribute[0].length;
    }
    const snippet = html.slice(open, Math.min(j + 1, open + 120));
    for (const [name, value] of attributes) {
      if (name.startsWith('on')) found.push({ kind: 'event handler', snippet });
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push({ kind: 'script URL', snippet });
    }
    i = j + 1;
    if (RAW_TEXT.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, i);
      const content = html.slice(i, close === -1 ? html.length : close);
      const type = attributes.find(([name]) => name === 'type')?.[1] ?? '';
      if (tag === 'script' && (type === '' || /javascript|module/i.test(type)) && /alert\(/.test(content)) found.push({ kind: 'script', snippet: content.slice(0, 120) });
      i = close === -1 ? html.length : close;
    }
  }
  return found;
}
