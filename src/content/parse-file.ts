// Reads one content file: YAML (or an article's frontmatter) parsed with positions, then checked
// against its zod schema. Cross-file rules live in references.ts.
import matter from 'gray-matter';
import type { z } from 'zod';
import { FILE_KINDS, type Kind } from '../schemas/index.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readSourceText, type SourceFile } from './files.ts';
import { diagnosticsFromIssues } from './schema-issues.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface ParsedFile {
  file: SourceFile;
  /** Schema output; undefined when the file has errors that stop it being used. */
  data: unknown;
  source: YamlSource | undefined;
  diagnostics: Diagnostic[];
  /** The whole file text, kept for code frames and for article bodies. */
  text: string | undefined;
  /** Article body and the 0-based line where it starts in the file. */
  body?: { text: string; line: number };
}

const schemas = new Map<Kind, z.ZodType>(FILE_KINDS.map(({ kind, schema }) => [kind, schema]));

/** Splits frontmatter with gray-matter; returns the YAML text and the line it starts on. */
function splitFrontmatter(text: string): { yaml: string; yamlLine: number; body: string; bodyLine: number } {
  if (!/^---[ \t]*\r?\n/.test(text)) return { yaml: '', yamlLine: 1, body: text, bodyLine: 0 };
  // An empty engine: gray-matter only splits, the yaml package parses (it keeps positions).
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  const bodyStart = text.length - parsed.content.length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length - 1;
  return { yaml: parsed.matter.replace(/^\r?\n/, ''), yamlLine: 1, body: parsed.content, bodyLine };
}

export function parseFile(file: SourceFile): ParsedFile {
  const read = readSourceText(file.absolute);
  const located = (problem: Omit<Diagnostic, 'file'>): Diagnostic => ({ file: file.path, ...problem });
  if ('problem' in read) return { file, data: undefined, source: undefined, diagnostics: [located(read.problem)], text: undefined };

  return parseSourceText(file, read.text);
}

/** Parses and checks a file's text; split from parseFile so tests and fuzzing need no disk. */
export function parseSourceText(file: SourceFile, original: string): ParsedFile {
  const text = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original;
  const located = (problem: Omit<Diagnostic, 'file'>): Diagnostic => ({ file: file.path, ...problem });
  let yamlText = text;
  let lineOffset = 0;
  let body: ParsedFile['body'];
  if (file.kind === 'article') {
    const split = splitFrontmatter(text);
    if (split.yaml === '' && split.bodyLine === 0) {
      return {
        file,
        text,
        data: undefined,
        source: undefined,
        body: { text, line: 0 },
        diagnostics: [
          located({
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'frontmatter-missing',
            message: 'The article has no frontmatter',
            hint: 'Start the file with "---", a line "title: …", and "---".',
          }),
        ],
      };
    }
    yamlText = split.yaml;
    lineOffset = split.yamlLine;
    body = { text: split.body, line: split.bodyLine };
  }

  const source = parseYamlSource(yamlText, lineOffset);
  const diagnostics = source.problems.map(located);
  const result = { file, text, source, diagnostics, data: undefined as unknown, ...(body ? { body } : {}) };
  if (diagnostics.length > 0) return result;

  const raw = source.data;
  if (raw === undefined || raw === null) {
    diagnostics.push(
      located({
        line: 1 + lineOffset,
        column: 1,
        severity: 'error',
        rule: 'file-empty',
        message: file.kind === 'article' ? 'The frontmatter is empty' : 'The file is empty',
        hint: file.kind === 'article' ? 'Add at least "title: …".' : 'Start from one of the sample files; run `npm run schema` for editor completion.',
      }),
    );
    return result;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    diagnostics.push(
      located({
        line: 1 + lineOffset,
        column: 1,
        severity: 'error',
        rule: 'not-a-map',
        message: `The file holds ${Array.isArray(raw) ? 'a list' : 'a single value'}, but it must be a map of keys (like "title: …")`,
      }),
    );
    return result;
  }
  const schema = schemas.get(file.kind)!;
  const parsed = schema.safeParse(raw);
  if (parsed.success) result.data = parsed.data;
  else diagnostics.push(...diagnosticsFromIssues(parsed.error.issues, schema, raw, source).map(located));
  return result;
}
