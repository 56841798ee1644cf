// Reading a JSON file, or a module whose default export is a plain object literal, without running
// it (src/lib/object-literal.ts): what Nextra's _meta files and Mintlify's mint.json are read with.
import { describe, expect, it } from 'vitest';
import { readObjectLiteral, type LiteralValue } from '../../src/lib/object-literal.ts';

/** The value as plain JSON, so a test reads it as the file has it. */
const plain = (value: LiteralValue): unknown =>
  value instanceof Map
    ? Object.fromEntries([...value].map(([key, item]) => [key, plain(item)]))
    : Array.isArray(value)
      ? value.map(plain)
      : value;
const keysOf = (text: string, module: boolean) => {
  const read = readObjectLiteral(text, module);
  return 'value' in read ? [...read.value.keys()] : read.problem;
};

describe('readObjectLiteral', () => {
  it('reads JSON, keeping the keys in the order written, numbers-as-names included', () => {
    expect(keysOf('{ "setup": "Set up", "10-tips": "Ten tips", "2024": "This year", "1": "One" }', false)).toEqual([
      'setup',
      '10-tips',
      '2024',
      '1',
    ]);
  });

  it('reads JavaScript as people write it: bare keys, single quotes, backticks, comments and trailing commas', () => {
    const read = readObjectLiteral(
      [
        '// Sidebar of the guides',
        'export default {',
        "  index: 'Overview',",
        '  /* the tour first */',
        '  "first-dashboard": { title: `Your first dashboard`, display: "hidden" },',
        "  'api-keys': { title: 'API keys', theme: { toc: false, layout: 'full' }, tags: [1, 2.5, -3, true, null,] },",
        '};',
      ].join('\n'),
      true,
    );
    expect('value' in read && plain(read.value)).toEqual({
      index: 'Overview',
      'first-dashboard': { title: 'Your first dashboard', display: 'hidden' },
      'api-keys': { title: 'API keys', theme: { toc: false, layout: 'full' }, tags: [1, 2.5, -3, true, null] },
    });
  });

  it('reads Nextra 4’s typed form: a type import, a named constant, `satisfies`, then export default', () => {
    const typed =
      "import type { MetaRecord } from 'nextra'\n\nconst meta: MetaRecord = {\n  index: 'Home',\n  guides: 'Guides'\n}\n\nexport default meta\n";
    expect(keysOf(typed, true)).toEqual(['index', 'guides']);
    expect(keysOf("export default {\n  index: 'Home',\n} satisfies MetaRecord;\n", true)).toEqual(['index']);
  });

  it('decodes escapes in strings', () => {
    const read = readObjectLiteral(String.raw`{ "a": "Tom\u2019s \"tips\"", 'b': 'it\'s\tok' }`, false);
    expect('value' in read && plain(read.value)).toEqual({ a: 'Tom’s "tips"', b: "it's\tok" });
  });

  it('reports a missing comma at the key after it, with its line and column', () => {
    expect(keysOf('{\n  "setup": "Set up"\n  "billing": "Billing"\n}', false)).toEqual({
      line: 3,
      column: 3,
      message: 'A comma, or the } that closes the object, was expected here',
    });
  });

  it('reports a string never closed on its line', () => {
    expect(keysOf('{\n  "setup": "Set up,\n}', false)).toMatchObject({
      line: 2,
      column: 20,
      message: 'This string is not closed on its line',
    });
  });

  it('does not run anything: JSX, names and ${…} are problems at their place', () => {
    expect(keysOf('export default {\n  index: <b>Home</b>,\n}', true)).toMatchObject({
      line: 2,
      column: 10,
      message: expect.stringContaining('JSX'),
    });
    expect(keysOf('export default {\n  index: title,\n}', true)).toMatchObject({
      line: 2,
      column: 10,
      message: expect.stringContaining('"title" is a name'),
    });
    expect(keysOf('export default {\n  index: `v${version}`,\n}', true)).toMatchObject({ line: 2, column: 12 });
    expect(keysOf("module.exports = { index: 'Home' }", true)).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringContaining('export default'),
    });
  });

  it('reports what follows the object', () => {
    expect(keysOf('{ "a": 1 }\n{ "b": 2 }', false)).toMatchObject({
      line: 2,
      column: 1,
      message: 'Nothing more was expected after the object',
    });
  });
});
