// The validator: every file under a MILEPOST_ROOT checked in one run, every problem reported.
// The CLI, the Astro integration and the tests all call validateRoot().
import { isDraftPlan, articleLocation, emptyIndex, fileId, type ContentIndex } from './content-index.ts';
import { checkCustomers } from './customer-rules.ts';
import { byFileAndLine, countBySeverity, type Diagnostic } from './diagnostics.ts';
import { discoverFiles } from './files.ts';
import { buildNow } from './now.ts';
import { parseFile, type ParsedFile } from './parse-file.ts';
import { checkArticleLinks, checkReferences, referencedTargets, type Referrer } from './references.ts';
import type { Site } from '../schemas/site.ts';
import type { Plan } from '../schemas/plan.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';

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

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function rawMilestoneIds(raw: object): string[] {
  const milestones = (raw as { milestones?: unknown }).milestones;
  return Array.isArray(milestones) ? milestones.map((m) => (m as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string') : [];
}

/** `now` decides which dates lie in the future (MILEPOST_NOW, else the time of the build). */
export function validateRoot(root: string, { now = buildNow }: { now?: Date } = {}): ValidationResult {
  const files = discoverFiles(root);
  const parsed = files.map(parseFile);
  const diagnostics: Diagnostic[] = parsed.flatMap((file) => file.diagnostics);
  const content = emptyIndex();
  const referrers: Referrer[] = [];
  const seen = new Map<string, string>();
  const broken = new Set<string>();
  const REFERENCE_KIND = { article: 'kb', faq: 'faq', video: 'video', course: 'course', certification: 'cert' } as Record<string, string>;

  const claimId = (kind: string, id: string, { file, source }: ParsedFile) => {
    const key = `${kind}:${id}`;
    const other = seen.get(key);
    if (other) {
      diagnostics.push({
        file: file.path,
        ...(source?.positionOf([]) ?? { line: 1, column: 1 }),
        severity: 'error',
        rule: 'duplicate-id',
        message: `This file has the id "${id}", which ${other} already has`,
        hint: 'Rename one of the two files.',
      });
      return false;
    }
    seen.set(key, file.path);
    return true;
  };

  for (const item of parsed) {
    const { file, data, source } = item;
    if (file.kind !== 'article' && file.kind !== 'site' && !KEBAB.test(fileId(file.path))) {
      diagnostics.push({
        file: file.path,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'file-name',
        message: `The file name "${fileId(file.path)}" is not a valid id`,
        hint: `Rename it to ${fileId(file.path).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.yaml: lowercase letters, digits and hyphens.`,
      });
      continue;
    }
    const id = fileId(file.path);
    if (data === undefined) {
      const referenceKind = REFERENCE_KIND[file.kind];
      const brokenId = file.kind === 'article' ? articleLocation(file.path)?.id : id;
      if (referenceKind && brokenId) broken.add(`${referenceKind}:${brokenId}`);
    }
    if (!source) continue;
    if (data === undefined) {
      // The schema failed, but its references are still worth checking: every problem in one run.
      const raw = source.data;
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const milestones = file.kind === 'plan' ? rawMilestoneIds(raw) : undefined;
        referrers.push({ entry: { id, file: file.path, data: raw }, source, published: false, ...(milestones ? { milestones } : {}) });
      }
      continue;
    }
    switch (file.kind) {
      case 'site':
        content.site = data as Site;
        break;
      case 'plan': {
        const plan = data as Plan;
        if (!claimId('plan', id, item)) break;
        const draft = isDraftPlan(plan);
        content.plans.push({ id, file: file.path, data: plan, draft });
        referrers.push({ entry: content.plans.at(-1)!, source, published: !draft, milestones: plan.milestones.map((m) => m.id) });
        if (draft) {
          diagnostics.push({
            file: file.path,
            ...source.positionOf(['stepsCompleted'], 'key'),
            severity: 'warning',
            rule: 'draft-plan',
            message: `This plan is a draft: stepsCompleted does not include "step-03-success-milestones", so customers will not see it`,
            hint: 'Finish the success-milestones step and add it to stepsCompleted to publish the plan.',
          });
        }
        break;
      }
      case 'article': {
        const location = articleLocation(file.path);
        if (!location) {
          diagnostics.push({
            file: file.path,
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'article-location',
            message: 'Articles live two folders deep: content/kb/<Category>/<Section>/<article>.md',
            hint: 'Move the file into a category folder and a section folder.',
          });
          break;
        }
        if (!claimId('kb', location.id, item)) break;
        const frontmatter = data as ArticleFrontmatter;
        content.articles.push({
          id: location.id,
          file: file.path,
          data: frontmatter,
          category: location.category,
          section: location.section,
          kbPath: location.kbPath,
          body: item.body?.text ?? '',
          bodyLine: item.body?.line ?? 0,
          assets: [],
        });
        referrers.push({ entry: content.articles.at(-1)!, source, published: !frontmatter.draft });
        if (frontmatter.draft) {
          diagnostics.push({
            file: file.path,
            ...source.positionOf(['draft'], 'key'),
            severity: 'warning',
            rule: 'draft-article',
            message: 'This article is a draft, so customers will not see it',
          });
        }
        break;
      }
      default: {
        const list = { faq: content.faqs, video: content.videos, course: content.courses, certification: content.certifications, customer: content.customers }[file.kind];
        if (!claimId(file.kind, id, item)) break;
        list.push({ id, file: file.path, data: data as never });
        referrers.push({ entry: list.at(-1)!, source, published: true });
      }
    }
  }

  if (!content.site && !parsed.some((item) => item.file.kind === 'site')) {
    diagnostics.push({
      file: 'content/site.yaml',
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'file-missing',
      message: 'content/site.yaml is missing: the portal needs its name, support contact and segments',
      hint: 'Copy content/site.yaml from the Milepost sample content and edit it.',
    });
  }

  diagnostics.push(...checkReferences(content, referrers, broken));
  diagnostics.push(...checkCustomers(content, parsed, now));

  const articleIds = new Set(content.articles.map((article) => article.id));
  const linked = referencedTargets(referrers);
  const byPath = new Map(parsed.map((item) => [item.file.path, item]));
  for (const article of content.articles) {
    const item = byPath.get(article.file)!;
    const links = checkArticleLinks({ ...article, absolute: item.file.absolute, text: item.text ?? '' }, articleIds);
    diagnostics.push(...links.diagnostics);
    article.assets = [...new Set(links.files)];
    if (!article.data.draft) for (const target of links.linked) linked.add(target);
  }
  for (const article of content.articles) {
    if (!article.data.draft && !linked.has(`kb:${article.id}`)) {
      diagnostics.push({
        file: article.file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'orphan-article',
        message: 'No plan, course, FAQ or other article links to this article',
        hint: `Customers can still find it in its section and by search; link it with kb:${article.id} where it helps.`,
      });
    }
  }

  diagnostics.sort(byFileAndLine);
  const sources = new Map<string, string>();
  for (const diagnostic of diagnostics) {
    const text = byPath.get(diagnostic.file)?.text;
    if (text !== undefined) sources.set(diagnostic.file, text);
  }
  return { root, diagnostics, ...countBySeverity(diagnostics), fileCount: files.length, content, sources };
}
