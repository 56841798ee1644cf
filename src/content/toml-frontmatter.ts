// Hugo's TOML frontmatter, between "+++" lines (`title = "Configure alerts"`, `weight = 20`), read
// as the YAML frontmatter of other exports is: each top-level key becomes a YAML line on the same
// line of the file, so the YAML reading keeps its positions, and problems point at the TOML key.
import { parse, TomlError } from 'smol-toml';

/** A TOML block at the very start of a file, and what follows it. */
export const TOML_FRONTMATTER = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n?\+\+\+[ \t]*(?:\r?\n|$)/;

const KEY = /^[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)[ \t]*[.=]/;
const TABLE = /^[ \t]*\[\[?[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)/;
const unquoted = (key: string) =>
  /^["']/.test(key) ? (JSON.parse(key.replace(/^'(.*)'$/, (_, inner: string) => JSON.stringify(inner))) as string) : key;

/** The TOML as YAML, line for line; or where and why it cannot be read. */
export function tomlAsYaml(toml: string): { yaml: string } | { problem: { line: number; column: number; message: string } } {
  let value: Record<string, unknown>;
  try {
    value = parse(toml) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    return {
      problem: { line: error.line, column: error.column, message: error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '') },
    };
  }
  const lines = toml.split(/\r?\n/);
  const placed = new Set<string>();
  let inTable = false;
  const yaml = lines.map((line) => {
    const table = TABLE.exec(line);
    const key = table ? table[1] : inTable ? undefined : KEY.exec(line)?.[1];
    if (table) inTable = true;
    if (key === undefined) return '';
    const name = unquoted(key);
    if (placed.has(name) || !(name in value)) return '';
    placed.add(name);
    // JSON is YAML: a key and its whole value on the line the TOML key is on.
    return `${JSON.stringify(name)}: ${JSON.stringify(value[name])}`;
  });
  return { yaml: yaml.join('\n') };
}
