// The validator: every file under a MILEPOST_ROOT checked in one run, every problem reported.
// The CLI, the Astro integration and the tests all call validateRoot(). It is a pipeline of
// passes, one file each in passes/: a rule lives in the pass that can see what it needs.
import type { ContentIndex } from './content-index.ts';
import { checkCustomers } from './customer-rules.ts';
import { byFileAndLine, countBySeverity, type Diagnostic } from './diagnostics.ts';
import { checkCrossFieldRules } from './passes/cross-field-rules.ts';
import { checkEditions } from './passes/editions.ts';
import { checkTranslationsByFileName } from './rules/translations.ts';
import { readAndParse } from './passes/read-and-parse.ts';
import { checkReferencesAndLinks } from './passes/references-and-links.ts';
import { checkSchemas } from './passes/schemas.ts';
import { buildNow } from './now.ts';
import { stubRedirects } from './redirect-stubs.ts';
import { resolvePublicFolder } from './settings.ts';

export interface ValidationResult {
  root: string;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  fileCount: number;
  /** Everything that passed its schema; files with errors are left out. */
  content: ContentIndex;
  /** File texts of the files with diagnostics, for code frames. */
  sources: Map<string, string>;
}

export interface ValidateOptions {
  /** `--strict`: also report articles nothing links to, and make missing anchors errors. */
  strict?: boolean | undefined;
  /** Which dates lie in the future (MILEPOST_NOW, else the time of the build). */
  now?: Date;
}

export function validateRoot(root: string, options: ValidateOptions = {}): ValidationResult {
  const { files, notPublished, redirectStubs } = readAndParse(root);
  const byPath = new Map(files.map((parsed) => [parsed.file.path, parsed]));
  const schemas = checkSchemas(files);
  const stubs = stubRedirects(redirectStubs, schemas.content);
  schemas.content.kbRedirects = stubs.redirects;
  const diagnostics = [
    ...notPublished,
    ...stubs.diagnostics,
    ...files.flatMap((parsed) => parsed.diagnostics),
    ...schemas.diagnostics,
    ...checkCrossFieldRules(files),
    ...checkReferencesAndLinks(schemas, byPath, { ...options, publicFolder: resolvePublicFolder(root) }),
    ...checkCustomers(schemas.content, files, options.now ?? buildNow),
    ...checkEditions(schemas.content, byPath),
    ...checkTranslationsByFileName(files.filter((parsed) => parsed.file.kind === 'article').map((parsed) => parsed.file.path)),
  ].sort(byFileAndLine);

  const sources = new Map<string, string>();
  for (const diagnostic of diagnostics) {
    const text = byPath.get(diagnostic.file)?.text;
    if (text !== undefined) sources.set(diagnostic.file, text);
  }
  return { root, diagnostics, ...countBySeverity(diagnostics), fileCount: files.length, content: schemas.content, sources };
}
