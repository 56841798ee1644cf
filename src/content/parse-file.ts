// Reads one content file: UTF-8 text, then YAML (or an article's frontmatter) parsed with source
// positions. The schemas and every other rule run on the result in later passes (validate.ts).
import matter from 'gray-matter';
import type { Diagnostic } from './diagnostics.ts';
import { articleFormat } from '../lib/slugs.ts';
import { convertedHtmlArticle } from './html-conversions.ts';
import { readSourceText, type SourceFile } from './files.ts';
import { TOML_FRONTMATTER, tomlAsYaml } from './toml-frontmatter.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface ParsedFile {
  file: SourceFile;
  /** The YAML value when it is a map of keys, whatever else is wrong with it; undefined otherwise. */
  raw: Record<string, unknown> | undefined;
  source: YamlSource | undefined;
  /** Problems that stop the file being read: encoding, size, YAML syntax, an empty file, a list. */
  diagnostics: Diagnostic[];
  /** The whole file text, kept for code frames and for article bodies. */
  text: string | undefined;
  /**
   * Article body and the 0-based line where it starts in the file. An HTML article's body is the
   * Markdown made from it, with the file's offset of each of its lines (`origins`).
   */
  body?: { text: string; line: number; origins?: number[]; siteName?: string; updated?: string };
}

interface Frontmatter {
  yaml: string;
  yamlLine: number;
  body: string;
  bodyLine: number;
  /** Why TOML frontmatter could not be read, where (1-based, in the file). */
  problem?: { line: number; column: number; message: string };
}

/** Splits frontmatter with gray-matter (or Hugo's TOML between "+++"); returns the YAML text and the line it starts on. */
function splitFrontmatter(text: string): Frontmatter {
  const toml = TOML_FRONTMATTER.exec(text);
  if (toml) {
    const body = text.slice(toml[0].length);
    const bodyLine = toml[0].split('\n').length - 1;
    const read = tomlAsYaml(toml[1]!);
    if ('problem' in read) return { yaml: '', yamlLine: 1, body, bodyLine, problem: { ...read.problem, line: read.problem.line + 1 } };
    return { yaml: read.yaml, yamlLine: 1, body, bodyLine };
  }
  if (!/^---[ \t]*\r?\n/.test(text)) return { yaml: '', yamlLine: 1, body: text, bodyLine: 0 };
  // An empty engine: gray-matter only splits, the yaml package parses (it keeps positions).
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  const bodyStart = text.length - parsed.content.length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length - 1;
  return { yaml: parsed.matter.replace(/^\r?\n/, ''), yamlLine: 1, body: parsed.content, bodyLine };
}

export function parseFile(file: SourceFile): ParsedFile {
  const read = readSourceText(file.absolute);
  if ('problem' in read)
    return { file, raw: undefined, source: undefined, diagnostics: [{ file: file.path, ...read.problem }], text: undefined };
  return parseSourceText(file, read.text);
}

/** Parses a file's text; split from parseFile so tests and fuzzing need no disk. */
export function parseSourceText(file: SourceFile, original: string): ParsedFile {
  const text = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original;
  const located = (problem: Omit<Diagnostic, 'file'>): Diagnostic => ({ file: file.path, ...problem });
  let yamlText = text;
  let lineOffset = 0;
  let body: ParsedFile['body'];
  let tomlProblem: Diagnostic | undefined;
  if (file.kind === 'article') {
    // Frontmatter is optional: exports often have none, and every key in it is optional.
    const split = splitFrontmatter(text);
    yamlText = split.yaml;
    lineOffset = split.bodyLine === 0 ? 0 : split.yamlLine;
    body = { text: split.body, line: split.bodyLine };
    if (articleFormat(file.path) === 'html') {
      const { markdown, lineOrigins, siteName, updated } = convertedHtmlArticle(split.body);
      const start = text.length - split.body.length;
      body = {
        ...body,
        text: markdown,
        origins: lineOrigins.map((origin) => start + origin),
        ...(siteName ? { siteName } : {}),
        ...(updated ? { updated } : {}),
      };
    }
    if (split.problem) {
      // Every problem in one run: the article is read on without its frontmatter.
      const { line, column, message } = split.problem;
      tomlProblem = located({
        line,
        column,
        severity: 'error',
        rule: 'toml-syntax',
        message: `The TOML frontmatter cannot be read: ${message}`,
      });
    }
  }

  const source = parseYamlSource(yamlText, lineOffset);
  const diagnostics = [...source.problems.map(located), ...(tomlProblem ? [tomlProblem] : [])];
  const result: ParsedFile = { file, text, source, diagnostics, raw: undefined, ...(body ? { body } : {}) };
  if (diagnostics.length > 0) return result;

  const value = source.data;
  if (file.kind === 'article' && (value === undefined || value === null)) {
    result.raw = {};
  } else if (value === undefined || value === null) {
    diagnostics.push(
      located({
        line: 1 + lineOffset,
        column: 1,
        severity: 'error',
        rule: 'file-empty',
        message: 'The file is empty',
        hint: 'Start from one of the sample files; run `npm run schema` for editor completion.',
      }),
    );
  } else if (typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push(
      located({
        line: 1 + lineOffset,
        column: 1,
        severity: 'error',
        rule: 'not-a-map',
        message: `The file holds ${Array.isArray(value) ? 'a list' : 'a single value'}, but it must be a map of keys (like "title: …")`,
      }),
    );
  } else {
    result.raw = value as Record<string, unknown>;
  }
  return result;
}
