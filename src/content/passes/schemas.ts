// Pass 2, schemas: every readable file checked against the zod schema of its kind, and what
// passes gathered into the content index, each file under a unique id. Files that fail are left
// out of the index; later passes still read what they can of them.
import { articleSchema, type ArticleFrontmatter } from '../../schemas/article.ts';
import { FILE_KINDS, type Kind } from '../../schemas/index.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Site } from '../../schemas/site.ts';
import type { z } from 'zod';
import { folderId, introductionsBesideFolders, leafPageIndexes } from '../../lib/kb-paths.ts';
import { nearMissKeys } from '../article-data.ts';
import { emptyIndex, fileId, isDraftPlan, kbLocation, type ArticleEntry, type ContentIndex, type Entry } from '../content-index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { kbEntry, prepareFrontmatter, titleFolders, titleSiteHomes } from '../kb-entries.ts';
import { isKbSummary } from '../kb-summary.ts';
import { mostCommonLanguage } from '../../lib/language.ts';
import { categoryFolders } from '../kb-categories.ts';
import { orderByNavigationFiles } from '../navigation-files.ts';
import { KIND_LOCATIONS } from '../../schemas/locations.ts';
import { join } from 'node:path';
import type { ParsedFile } from '../parse-file.ts';
import type { Referrer } from '../references.ts';
import { diagnosticsFromIssues } from '../schema-issues.ts';

export interface SchemaPass {
  content: ContentIndex;
  /** Every file whose references are checked: the valid ones, and the readable parts of the others. */
  referrers: Referrer[];
  /** "kind:id" of files that exist but failed their schema: references to them are not reported again. */
  broken: Set<string>;
  /** Articles whose frontmatter failed its schema: left out of the content, but their links are still checked. */
  brokenArticles: ArticleEntry[];
  diagnostics: Diagnostic[];
}

const schemas = new Map<Kind, z.ZodType>(FILE_KINDS.map(({ kind, schema }) => [kind, schema]));

/** The prefix references use for each kind of file ("kb:…", "cert:…"). */
const REFERENCE_KIND: Partial<Record<Kind, string>> = {
  article: 'kb',
  faq: 'faq',
  video: 'video',
  course: 'course',
  certification: 'cert',
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file's schema output, or its problems in words a CS editor can act on. */
export function checkFileSchema(parsed: ParsedFile): { data: unknown; diagnostics: Diagnostic[] } {
  const { file, raw, source } = parsed;
  if (!raw || !source) return { data: undefined, diagnostics: [] };
  const schema = schemas.get(file.kind)!;
  const result = schema.safeParse(file.kind === 'article' ? prepareFrontmatter(raw) : raw);
  if (result.success) return { data: result.data, diagnostics: [] };
  return {
    data: undefined,
    diagnostics: diagnosticsFromIssues(result.error.issues, schema, raw, source).map((d) => ({ file: file.path, ...d })),
  };
}

/** A file whose name the portal cannot use, reported at its start. */
const fileNameError = (file: string, message: string, hint: string): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  severity: 'error',
  rule: 'file-name',
  message,
  hint,
});

function fileNameProblem(path: string): Diagnostic {
  const name = fileId(path);
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return fileNameError(path, `The file name "${name}" is not a valid id`, `Rename it to ${id}.yaml: lowercase letters, digits and hyphens.`);
}

/**
 * An MDX article whose extension has capitals ("GUIDE.MDX"): MDX is compiled by a plugin that
 * knows ".mdx" only (Markdown and HTML with capitals, ".MD" or ".HTM", are read as any other).
 */
const hasCasedMdxExtension = (path: string) => /\.mdx$/i.test(path) && !path.endsWith('.mdx');

function casedMdxProblem(path: string): Diagnostic {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return fileNameError(
    path,
    `The extension of "${name}" has capitals, and MDX articles are read from ".mdx" files only`,
    `Rename it to ${name.replace(/\.mdx$/i, '.mdx')}.`,
  );
}

function missingSite(): Diagnostic {
  return {
    file: 'content/site.yaml',
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'file-missing',
    message: 'content/site.yaml is missing: the portal needs its name, support contact and segments',
    hint: 'Copy content/site.yaml from the Milepost sample content and edit it.',
  };
}

export function checkSchemas(files: readonly ParsedFile[]): SchemaPass {
  const pass: SchemaPass = { content: emptyIndex(), referrers: [], broken: new Set(), brokenArticles: [], diagnostics: [] };
  const { content, referrers, diagnostics } = pass;
  const owners = new Map<string, string>();

  /** Claims "kind:id" for the file; a second file with the same id is an error. */
  const claimId = (key: string, { file, source }: ParsedFile) => {
    const other = owners.get(key);
    if (other) {
      diagnostics.push({
        file: file.path,
        ...(source?.positionOf([]) ?? { line: 1, column: 1 }),
        severity: 'error',
        rule: 'duplicate-id',
        message: `This file has the id "${key.slice(key.indexOf(':') + 1)}", which ${other} already has`,
        hint: 'Rename one of the two files.',
      });
      return false;
    }
    owners.set(key, file.path);
    return true;
  };

  const articleLocales: unknown[] = [];
  const kbPaths = files.filter((parsed) => parsed.file.kind === 'article').map((parsed) => kbLocation(parsed.file.path).kbPath);
  const leafPages = leafPageIndexes(kbPaths);
  const besideFolders = introductionsBesideFolders(kbPaths);
  for (const parsed of files) {
    const { file, source } = parsed;
    const { data, diagnostics: problems } = checkFileSchema(parsed);
    diagnostics.push(...problems);
    if (file.kind === 'article' && parsed.raw && source) diagnostics.push(...nearMissKeys(file.path, parsed.raw, source));
    if (file.kind !== 'article' && file.kind !== 'site' && !KEBAB.test(fileId(file.path))) {
      diagnostics.push(fileNameProblem(file.path));
      continue;
    }
    if (file.kind === 'article' && hasCasedMdxExtension(file.path)) {
      diagnostics.push(casedMdxProblem(file.path));
      continue;
    }
    const id = fileId(file.path);
    if (data === undefined) {
      const referenceKind = REFERENCE_KIND[file.kind];
      const location = file.kind === 'article' ? kbLocation(file.path, leafPages, besideFolders) : undefined;
      if (referenceKind && !location?.folderIndex) pass.broken.add(`${referenceKind}:${location?.id ?? id}`);
      if (location && !location.folderIndex && parsed.body) {
        const entry = kbEntry(parsed, articleSchema.parse({}), leafPages, besideFolders);
        if ('article' in entry) pass.brokenArticles.push(entry.article);
      }
      // The schema failed, but the file's references are still worth checking: every problem in one run.
      if (parsed.raw && source) {
        const milestones = file.kind === 'plan' ? rawMilestoneIds(parsed.raw) : undefined;
        referrers.push({
          entry: { id, file: file.path, data: parsed.raw },
          source,
          published: false,
          ...(milestones ? { milestones } : {}),
        });
      }
      continue;
    }
    if (!source) continue;
    switch (file.kind) {
      case 'site':
        content.site = data as Site;
        break;
      case 'plan': {
        if (!claimId(`plan:${id}`, parsed)) break;
        const plan = data as Plan;
        const draft = isDraftPlan(plan);
        content.plans.push({ id, file: file.path, data: plan, draft });
        referrers.push({ entry: content.plans.at(-1)!, source, published: !draft, milestones: plan.milestones.map((m) => m.id) });
        break;
      }
      case 'article': {
        const raw = parsed.raw as Record<string, unknown> | undefined;
        articleLocales.push(raw?.locale ?? raw?.lang ?? raw?.language);
        // GitBook's table of contents: it orders the pages (navigation-files.ts), it is not one.
        if (isKbSummary(kbLocation(file.path).kbPath)) break;
        const entry = kbEntry(parsed, data as ArticleFrontmatter, leafPages, besideFolders);
        if ('folder' in entry) {
          if (claimId(`kb-folder:${entry.folder.id}`, parsed)) content.kbFolders.push(entry.folder);
          break;
        }
        if (!claimId(`kb:${entry.article.id}`, parsed)) break;
        content.articles.push(entry.article);
        referrers.push({ entry: entry.article, source, published: !entry.article.data.draft });
        break;
      }
      default: {
        if (!claimId(`${file.kind}:${id}`, parsed)) break;
        const list = { faq: content.faqs, video: content.videos, course: content.courses, certification: content.certifications, customer: content.customers }[
          file.kind
        ] as Entry<unknown>[];
        list.push({ id, file: file.path, data });
        referrers.push({ entry: list.at(-1)!, source, published: true });
      }
    }
  }
  const article = files.find((parsed) => parsed.file.kind === 'article');
  if (article) {
    const root = article.file.absolute.slice(0, article.file.absolute.length - article.file.path.length);
    const categories = categoryFolders(content, join(root, KIND_LOCATIONS.article));
    content.kbFolders.push(...categories.folders);
    diagnostics.push(...categories.diagnostics, ...orderByNavigationFiles(content, join(root, KIND_LOCATIONS.article)));
  }
  // An export says its language in each article (Zendesk's `locale`, Hugo's `lang`): the portal's, unless site.yaml names one.
  if (content.site && content.site.language === undefined) {
    const language = mostCommonLanguage(articleLocales);
    if (language) content.site.language = language;
  }
  diagnostics.push(...folderClashes(content));
  titleSiteHomes(content.kbFolders);
  titleFolders(content.articles, content.kbFolders);
  if (!files.some((parsed) => parsed.file.kind === 'site')) diagnostics.push(missingSite());
  return pass;
}

function rawMilestoneIds(raw: Record<string, unknown>): string[] {
  const milestones = raw.milestones;
  return Array.isArray(milestones)
    ? milestones.map((m) => (m as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string')
    : [];
}

/** An article whose address is also a folder's ("Billing.md" beside a "Billing" folder) could not have a page of its own. */
function folderClashes(content: ContentIndex): Diagnostic[] {
  const folders = new Set(content.articles.flatMap((article) => article.folders.map((_, depth) => folderId(article.folders.slice(0, depth + 1)))));
  return content.articles
    .filter((article) => folders.has(article.id))
    .map((article) => ({
      file: article.file,
      line: 1,
      column: 1,
      severity: 'error' as const,
      rule: 'duplicate-id',
      message: `This article would have the address /kb/${article.id}/, which is the address of the folder next to it`,
      hint: 'Rename the article or the folder; to describe the folder, move the text into an index.md inside it.',
    }));
}
