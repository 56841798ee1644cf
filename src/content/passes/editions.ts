// Pass 5, editions: what the customer edition leaves out, said as warnings so no one is
// surprised: draft plans and draft articles. (The filtering itself happens when content is
// loaded for a build, src/content/edition.ts.)
import type { ContentIndex } from '../content-index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ParsedFile } from '../parse-file.ts';

export function checkEditions(content: ContentIndex, byPath: ReadonlyMap<string, ParsedFile>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (file: string, key: string) => byPath.get(file)?.source?.positionOf([key], 'key') ?? { line: 1, column: 1 };
  for (const plan of content.plans) {
    if (!plan.draft) continue;
    diagnostics.push({
      file: plan.file,
      ...at(plan.file, 'stepsCompleted'),
      severity: 'warning',
      rule: 'draft-plan',
      message: `This plan is a draft: stepsCompleted does not include "step-03-success-milestones", so customers will not see it`,
      hint: 'Finish the success-milestones step and add it to stepsCompleted to publish the plan.',
    });
  }
  for (const article of content.articles) {
    if (!article.data.draft) continue;
    // A page hidden from ReadMe's navigation (hidden: true) is a draft too.
    const hidden = byPath.get(article.file)?.raw?.draft !== true && byPath.get(article.file)?.raw?.hidden === true;
    diagnostics.push({
      file: article.file,
      ...at(article.file, hidden ? 'hidden' : 'draft'),
      severity: 'warning',
      rule: 'draft-article',
      message: hidden
        ? 'This page was hidden in ReadMe (hidden: true), so it is a draft here: customers will not see it'
        : 'This article is a draft, so customers will not see it',
    });
  }
  return diagnostics;
}
