// Links in the Markdown fields of YAML files (plan summaries, FAQ answers, course notes) to the
// portal's own pages ("/kb/…", "/faq/#…"), checked before anything is built like links in
// articles: a missing page is an error, a missing anchor a warning (an error with --strict).
import type { z } from 'zod';
import { FILE_KINDS, type Kind } from '../schemas/index.ts';
import { MARKDOWN_FIELDS } from '../schemas/common.ts';
import { outlineArticle } from './article-outline.ts';
import { closest } from './did-you-mean.ts';
import { anchorProblem } from './portal-pages.ts';
import { lineAndColumn, type Diagnostic } from './diagnostics.ts';
import type { ParsedFile } from './parse-file.ts';
import type { PortalPages } from './portal-pages.ts';
import type { Referrer } from './references.ts';
import type { PathSegment } from './yaml-source.ts';

const schemas = new Map<Kind, z.core.$ZodType>(FILE_KINDS.map(({ kind, schema }) => [kind, schema]));

type Def = { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };

/** Calls `visit` with every Markdown string in `value`, found by walking it along its schema. */
function eachMarkdownField(value: unknown, schema: z.core.$ZodType, path: PathSegment[], visit: (text: string, path: PathSegment[]) => void): void {
  let current = schema;
  for (let def = current._zod.def as unknown as Def; def.innerType || (def.type === 'pipe' && def.in); def = current._zod.def as unknown as Def) current = (def.innerType ?? def.in)!;
  if (MARKDOWN_FIELDS.has(current)) {
    if (typeof value === 'string') visit(value, path);
    return;
  }
  const def = current._zod.def as unknown as Def;
  if (def.type === 'object' && def.shape && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(def.shape)) eachMarkdownField((value as Record<string, unknown>)[key], child, [...path, key], visit);
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, index) => eachMarkdownField(item, def.element!, [...path, index], visit));
  }
}

/** Character offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

export function checkMarkdownFieldLinks(referrers: readonly Referrer[], byPath: ReadonlyMap<string, ParsedFile>, pages: PortalPages, strict: boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { entry, source } of referrers) {
    const parsed = byPath.get(entry.file);
    const schema = parsed && schemas.get(parsed.file.kind);
    if (!parsed?.text || !schema || parsed.file.kind === 'article') continue;
    const text = parsed.text;
    eachMarkdownField(entry.data, schema, [], (markdown, path) => {
      if (!markdown.includes('](/') && !markdown.includes('href')) return;
      const valueStart = source.positionOf(path);
      const at = (url: string) => {
        const found = text.indexOf(url, offsetOf(text, valueStart.line, valueStart.column));
        return { file: entry.file, ...(found === -1 ? valueStart : lineAndColumn(text, found)) };
      };
      for (const { url } of outlineArticle(markdown, 'md', { title: '' }).links) {
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        const [path = '', anchor] = url.split('#');
        let decoded: string;
        try {
          decoded = decodeURIComponent(path.split('?')[0]!);
        } catch {
          continue;
        }
        const found = pages.lookup(decoded);
        if (found.page === 'missing') {
          const suggestion = closest(decoded, pages.paths());
          diagnostics.push({ ...at(url), severity: 'error', rule: 'broken-link', message: `The link "${url}" goes to a page the portal does not have`, ...(suggestion ? { hint: `Did you mean ${suggestion}?` } : {}) });
        } else if (found.page === 'found' && anchor !== undefined) {
          const problem = anchorProblem(safeAnchor(anchor), found.anchors);
          if (problem) {
            diagnostics.push({ ...at(url), severity: strict ? 'error' : 'warning', rule: 'broken-anchor', message: `The link "${url}" goes to ${decoded}, which has no anchor "#${anchor}"`, ...problem });
          }
        }
      }
    });
  }
  return diagnostics;
}

function safeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
