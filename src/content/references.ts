// Cross-file rules: `kind:id` references resolve, segments exist.
import type { ContentIndex, Entry } from './content-index.ts';
import { closest } from './did-you-mean.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';

const REFERENCE = /^(kb|course|video|faq|cert|milestone):(\S+)$/;

export interface Referrer {
  entry: Entry<unknown>;
  source: YamlSource;
  /** Whether the referrer is published in the customer edition (drafts may point at drafts). */
  published: boolean;
  /** Milestone ids of the plan the reference sits in. */
  milestones?: readonly string[];
}

/** Every target a reference may name, as the full "kind:id" string, with the drafts among them. */
export function referenceTargets(index: ContentIndex) {
  const targets = new Set<string>();
  const drafts = new Set<string>();
  for (const article of index.articles) {
    targets.add(`kb:${article.id}`);
    if (article.data.draft) drafts.add(`kb:${article.id}`);
  }
  for (const course of index.courses) targets.add(`course:${course.id}`);
  for (const video of index.videos) targets.add(`video:${video.id}`);
  for (const faq of index.faqs) {
    targets.add(`faq:${faq.id}`);
    for (const item of faq.data.items) targets.add(`faq:${faq.id}#${item.id}`);
  }
  for (const cert of index.certifications) {
    targets.add(`cert:${cert.id}`);
    for (const level of cert.data.levels) targets.add(`cert:${cert.id}/${level.id}`);
  }
  return { targets, drafts };
}

/** Visits every string that is a whole reference, and every segment id, with its path. */
function walk(value: unknown, path: PathSegment[], visit: (kind: 'reference' | 'segment', value: string, path: PathSegment[]) => void) {
  if (typeof value === 'string') {
    if (REFERENCE.test(value)) visit('reference', value, path);
    return;
  }
  if (Array.isArray(value)) {
    const key = path.at(-1);
    value.forEach((item, index) => {
      if (key === 'segments' && typeof item === 'string') visit('segment', item, [...path, index]);
      else walk(item, [...path, index], visit);
    });
    return;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'segment' && typeof child === 'string') visit('segment', child, [...path, key]);
      else walk(child, [...path, key], visit);
    }
  }
}

const KIND_NAMES: Record<string, string> = { kb: 'help article', course: 'course', video: 'video', faq: 'FAQ set', cert: 'certification' };

/** The reference with the same id under another kind, if exactly that exists. */
function otherKindOf(reference: string, targets: ReadonlySet<string>): string | undefined {
  const id = reference.slice(reference.indexOf(':') + 1);
  return Object.keys(KIND_NAMES)
    .map((kind) => `${kind}:${id}`)
    .find((candidate) => candidate !== reference && targets.has(candidate));
}

/** "faq:billing#refunds" → "faq:billing", "cert:pro/level-2" → "cert:pro": the file a reference lives in. */
function fileOf(reference: string): string {
  if (reference.startsWith('faq:')) return reference.split('#')[0]!;
  if (reference.startsWith('cert:')) return reference.split('/')[0]!;
  return reference;
}

/**
 * `broken` holds "kind:id" of files that exist but failed validation: references to them are
 * not reported again, the file's own errors say what is wrong.
 */
export function checkReferences(index: ContentIndex, referrers: readonly Referrer[], broken: ReadonlySet<string> = new Set()): Diagnostic[] {
  const { targets, drafts } = referenceTargets(index);
  const segments = new Set(index.site?.segments.map((segment) => segment.id) ?? []);
  const diagnostics: Diagnostic[] = [];
  for (const { entry, source, published, milestones } of referrers) {
    walk(entry.data, [], (kind, value, path) => {
      // Positions are looked up only for problems: they need the slower, position-keeping parse.
      const at = () => ({ file: entry.file, ...source.positionOf(path), severity: 'error' as const });
      if (kind === 'segment') {
        if (index.site && !segments.has(value)) {
          const suggestion = closest(value, segments);
          diagnostics.push({
            ...at(),
            rule: 'unknown-segment',
            message: `No segment "${value}" in content/site.yaml`,
            hint: suggestion ? `Did you mean \`${suggestion}\`?` : `Segments: ${[...segments].join(', ')}.`,
          });
        }
        return;
      }
      if (value.startsWith('milestone:')) {
        const id = value.slice('milestone:'.length);
        if (!milestones?.includes(id)) {
          const suggestion = milestones ? closest(id, milestones) : undefined;
          diagnostics.push({
            ...at(),
            rule: 'dangling-reference',
            message: `No milestone "${id}" in this plan`,
            ...(suggestion ? { hint: `Did you mean \`milestone:${suggestion}\`?` } : {}),
          });
        }
        return;
      }
      if (!targets.has(value) && !broken.has(fileOf(value))) {
        const kindPrefix = value.slice(0, value.indexOf(':') + 1);
        // The same id under another kind ("course:build-a-funnel" for a video) is the likeliest
        // slip; otherwise the closest id of the same kind.
        const otherKind = otherKindOf(value, targets);
        const suggestion = otherKind ?? closest(value, [...targets].filter((target) => target.startsWith(kindPrefix)));
        diagnostics.push({
          ...at(),
          rule: 'dangling-reference',
          message: otherKind ? `"${value}" does not point at anything that exists: "${value.slice(kindPrefix.length)}" is a ${KIND_NAMES[otherKind.slice(0, otherKind.indexOf(':'))]}` : `"${value}" does not point at anything that exists`,
          ...(suggestion ? { hint: `Did you mean \`${suggestion}\`?` } : {}),
        });
      } else if (published && drafts.has(value)) {
        diagnostics.push({
          ...at(),
          rule: 'reference-to-draft',
          message: `"${value}" is a draft, so customers would get a broken link`,
          hint: 'Publish the article (remove draft: true) or remove the reference.',
        });
      }
    });
  }
  return diagnostics;
}

/** Every reference string made by published content, for finding articles no one links. */
export function referencedTargets(referrers: readonly Referrer[]): Set<string> {
  const found = new Set<string>();
  for (const { entry, published } of referrers) {
    if (published) walk(entry.data, [], (kind, value) => kind === 'reference' && found.add(value));
  }
  return found;
}
