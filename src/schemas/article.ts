// Frontmatter of a knowledge-base article: content/kb/<Category>/<Section>/<article>.md|mdx.
import { z } from 'zod';
import { reference, segmentIds, text } from './common.ts';

export const articleSchema = z
  .strictObject({
    title: text('Article title.'),
    description: text('One or two sentences shown in lists and search results.').optional(),
    tags: z.array(z.string().min(1)).default([]).meta({ description: 'Free-form tags.' }),
    segments: segmentIds.default([]),
    order: z.int().optional().meta({ description: 'Position within its section; lower comes first.' }),
    updated: z.coerce.date().optional().meta({ description: 'Last meaningful update (YYYY-MM-DD); defaults to the last git commit.' }),
    related: z.array(reference(['kb', 'faq', 'video', 'course'])).default([]).meta({ description: 'Related content shown under the article.' }),
    draft: z.boolean().default(false).meta({ description: 'Drafts are validated but not published.' }),
  })
  .meta({ title: 'Milepost knowledge-base article', description: 'Frontmatter of a help article.' });

export type ArticleFrontmatter = z.output<typeof articleSchema>;
