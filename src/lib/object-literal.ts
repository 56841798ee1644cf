// Reads a JSON file, or a JavaScript module whose default export is a plain object literal
// (Nextra's `_meta.js`), without running it: keys in the order written, strings, numbers,
// booleans, null, objects and arrays. Anything computed is a problem at its line and column.

export type LiteralValue = string | number | boolean | null | LiteralValue[] | LiteralObject;
/** An object's keys in the order written (a Map keeps "10" after "2", as the file has them). */
export type LiteralObject = Map<string, LiteralValue>;

export type LiteralResult = { value: LiteralObject } | { problem: { line: number; column: number; message: string } };

class Unreadable extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** `module`: the text is a JS/TS module (`export default { … }`, or `const meta = { … }; export default meta`). */
export function readObjectLiteral(text: string, module: boolean): LiteralResult {
  let at = 0;
  const fail = (message: string, offset = at): never => {
    throw new Unreadable(message, offset);
  };
  const space = /(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)+/y;
  const skipSpace = () => {
    space.lastIndex = at;
    if (space.test(text)) at = space.lastIndex;
  };
  const take = (pattern: RegExp): string | undefined => {
    skipSpace();
    const found = new RegExp(pattern.source, 'y');
    found.lastIndex = at;
    const match = found.exec(text);
    if (match) at += match[0].length;
    return match?.[0];
  };
  const expect = (token: string, message = `"${token}" was expected here`) =>
    take(new RegExp(token.replace(/[{}()[\]]/g, '\\$&'))) ?? fail(message);
  const string = (): string => {
    const quote = text[at]!;
    let out = '';
    for (at++; at < text.length && text[at] !== quote; at++) {
      const char = text[at]!;
      if (quote === '`' && text.startsWith('${', at))
        fail('A ${…} in a template string is worked out when the site is built, so it cannot be read here');
      if (char === '\n' && quote !== '`') fail('This string is not closed on its line');
      if (char !== '\\') {
        out += char;
        continue;
      }
      const next = text[++at] ?? '';
      const unicode = /^u\{([0-9a-f]+)\}|^u([0-9a-f]{4})|^x([0-9a-f]{2})/i.exec(text.slice(at, at + 12));
      if (unicode) {
        out += String.fromCodePoint(parseInt(unicode[1] ?? unicode[2] ?? unicode[3]!, 16));
        at += unicode[0].length - 1;
      } else if (next !== '\n') out += ESCAPES[next] ?? next;
    }
    if (at >= text.length) fail('This string is never closed');
    at++;
    return out;
  };
  const value = (): LiteralValue => {
    skipSpace();
    const start = at;
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"' || char === "'" || char === '`') return string();
    const number = take(/[+-]?(?:0x[0-9a-f]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i);
    if (number !== undefined) return Number(number);
    const word = take(/[A-Za-z_$][\w$]*/);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (char === '<') fail('This value is JSX: only text, numbers, true/false, lists and { } objects can be read here', start);
    return fail(word ? `"${word}" is a name whose value is only known when the site is built` : 'A value was expected here', start);
  };
  const key = (): string => {
    skipSpace();
    const char = text[at];
    if (char === '"' || char === "'") return string();
    return take(/[A-Za-z_$][\w$-]*|\d+/) ?? fail('A key was expected here (a name, or text in quotes)');
  };
  const object = (): LiteralObject => {
    const out: LiteralObject = new Map();
    expect('{');
    while (!take(/}/)) {
      const name = key();
      expect(':');
      out.set(name, value());
      if (take(/,/)) continue;
      expect('}', 'A comma, or the } that closes the object, was expected here');
      break;
    }
    return out;
  };
  const array = (): LiteralValue[] => {
    const out: LiteralValue[] = [];
    expect('[');
    while (!take(/]/)) {
      out.push(value());
      if (take(/,/)) continue;
      expect(']', 'A comma, or the ] that closes the list, was expected here');
      break;
    }
    return out;
  };
  try {
    let name: string | undefined;
    if (module) {
      // `import type { MetaRecord } from 'nextra'` and the like bring in nothing the object needs.
      while (take(/import\b[^;\n]*(?:;|\n)/)) continue;
      const declared = take(/(?:export\s+)?(?:const|let|var)\s+[A-Za-z_$][\w$]*/);
      if (declared) {
        name = declared.split(/\s+/).at(-1);
        take(/:\s*[\w$.<>[\], ]+?(?=\s*=)/);
        expect('=');
      } else {
        take(/export\s+default\b/) ?? fail('Milepost reads a module that is `export default { … }`');
      }
    }
    skipSpace();
    if (text[at] !== '{') fail('An object { … } was expected here');
    const result = object();
    if (module) {
      take(/(?:satisfies|as)\s+[\w$.<>[\] ]+/);
      take(/;/);
      if (name)
        take(new RegExp(`export\\s+default\\s+${name.replace(/\$/g, '\\$')}\\b`)) ?? fail(`\`export default ${name}\` was expected here`);
      take(/;/);
    }
    skipSpace();
    if (at < text.length) fail('Nothing more was expected after the object');
    return { value: result };
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    const lines = text.slice(0, error.offset).split('\n');
    return { problem: { line: lines.length, column: lines.at(-1)!.length + 1, message: error.message } };
  }
}
