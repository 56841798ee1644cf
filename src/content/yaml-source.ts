// YAML parsed with source positions, so every problem can name its line and column.
// Clean files take a fast path (js-yaml, YAML 1.2 core schema, about 8× faster); the `yaml`
// package, which keeps node ranges, parses a file only when a position or a syntax error is needed.
import jsYaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { positionFinder, type Diagnostic } from './diagnostics.ts';
import { explainSyntaxError } from './yaml-errors.ts';

export type PathSegment = string | number;

export interface YamlSource {
  /** The parsed value, or undefined when the file could not be read as YAML. */
  data: unknown;
  /** Problems found while parsing (syntax errors, duplicate keys, alias bombs). */
  problems: Omit<Diagnostic, 'file'>[];
  /** Position of the key or value at `path`, falling back to the closest ancestor that exists. */
  positionOf(path: readonly PathSegment[], target?: 'key' | 'value'): { line: number; column: number };
}

const SYNTAX_HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'Indent with spaces, never tabs.',
  DUPLICATE_KEY: 'Remove one of the two keys, or rename it.',
  BAD_INDENT: 'Check that keys at the same level start in the same column.',
  MULTIPLE_DOCS: 'Keep one document per file: remove the extra "---".',
};

/** Alias references (`*name`) are left to the `yaml` package, which bounds their expansion. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s*]/;

function fastParse(text: string): { data: unknown } | undefined {
  if (ALIAS.test(text)) return undefined;
  try {
    return { data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
  } catch {
    return undefined; // the slow path names the problem and its position
  }
}

/**
 * Parses YAML that starts at `lineOffset` lines into its file (frontmatter starts below
 * its opening `---`). Never throws: every failure becomes a problem.
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const fast = fastParse(text);
  let full: ReturnType<typeof fullParse> | undefined;
  const positioned = () => (full ??= fullParse(text, lineOffset));
  if (fast) {
    return { data: fast.data, problems: [], positionOf: (path, target) => positioned().positionOf(path, target) };
  }
  return positioned();
}

function fullParse(text: string, lineOffset: number): YamlSource {
  const problems: YamlSource['problems'] = [];
  const find = positionFinder(text);
  const at = (offset: number) => {
    const { line, column } = find(offset);
    return { line: line + lineOffset, column };
  };
  let doc: Document.Parsed | undefined;
  let data: unknown;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
    const found = [...doc.errors, ...doc.warnings];
    // Every duplicate key is its own mistake; of the syntax errors only the first is, the rest
    // are the parser losing its footing after it. That one is explained in plain words.
    for (const error of found.filter((error) => error.code === 'DUPLICATE_KEY')) {
      problems.push({ ...at(error.pos[0]), severity: 'error', rule: 'duplicate-key', message: 'This key appears twice in the same map', hint: SYNTAX_HINTS.DUPLICATE_KEY! });
    }
    const syntax = found.filter((error) => error.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
    const first = syntax[0];
    if (first) {
      const explained = explainSyntaxError(text, syntax.map((error) => ({ code: error.code, message: error.message, offset: error.pos[0] })));
      problems.push(
        explained
          ? { line: explained.line + lineOffset, column: explained.column, severity: 'error', rule: 'yaml-syntax', message: explained.message, ...(explained.hint ? { hint: explained.hint } : {}) }
          : { ...at(first.pos[0]), severity: 'error', rule: 'yaml-syntax', message: firstSentence(first.message), ...(SYNTAX_HINTS[first.code] ? { hint: SYNTAX_HINTS[first.code] } : {}) },
      );
      // A value with ": " in it is a mistake of its own line that leaves the parser on its feet:
      // each such line is reported (an export's script writes every title unquoted).
      if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && explained?.message.includes('": "')) {
        const reported = new Set([explained.line]);
        for (const error of syntax.slice(1).filter((later) => later.code === 'BLOCK_AS_IMPLICIT_KEY')) {
          const also = explainSyntaxError(text, [{ code: error.code, message: error.message, offset: error.pos[0] }]);
          if (also?.message !== explained.message || reported.has(also.line)) continue;
          reported.add(also.line);
          problems.push({ line: also.line + lineOffset, column: also.column, severity: 'error', rule: 'yaml-syntax', message: also.message, ...(also.hint ? { hint: also.hint } : {}) });
        }
      }
    }
    if (doc.errors.length === 0) data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Alias bombs and pathological nesting end up here, thrown by the yaml package.
    const exhausted = error instanceof RangeError || /alias|exhaust/i.test(String(error));
    problems.push({
      line: 1 + lineOffset,
      column: 1,
      severity: 'error',
      rule: 'yaml-syntax',
      message: exhausted
        ? 'The file nests too deeply or expands too many aliases to be read safely'
        : `The file could not be read as YAML: ${firstSentence(String(error))}`,
      ...(exhausted ? { hint: 'Write the values out instead of nesting deeply or repeating aliases (*name).' } : {}),
    });
    data = undefined;
  }
  return {
    data,
    problems,
    positionOf(path, target = 'value') {
      const contents = doc?.contents;
      const offset = contents ? offsetOf(contents, path, target) : 0;
      return at(offset);
    },
  };
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Walks the node tree along `path`; stops at the deepest node that exists. */
function offsetOf(root: Node, path: readonly PathSegment[], target: 'key' | 'value'): number {
  let node: Node = root;
  let offset = root.range?.[0] ?? 0;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index]!;
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const key = pair.key as Node;
      if (last && target === 'key') return key.range?.[0] ?? offset;
      if (!pair.value || !(pair.value as Node).range) return key.range?.[0] ?? offset;
      node = pair.value as Node;
      offset = node.range![0];
      if (!last) continue;
      return offset;
    }
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) return offset;
      node = item;
      offset = item.range[0];
      continue;
    }
    return offset;
  }
  return offset;
}
