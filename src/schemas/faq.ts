// A set of frequently asked questions: content/faqs/<set>.yaml.
import { z } from 'zod';
import { id, markdown, segmentIds, text } from './common.ts';

export const faqSetSchema = z
  .strictObject({
    title: text('Title of the FAQ set, e.g. "Billing and licences".'),
    description: text('What the set covers.').optional(),
    order: z.int().optional().meta({ description: 'Position on the FAQ page; lower comes first.' }),
    items: z
      .array(
        z.strictObject({
          id: id('question'),
          q: text('The question, as a customer would ask it.'),
          a: markdown('The answer'),
          segments: segmentIds.optional(),
        }),
      )
      .min(1)
      .meta({ description: 'Questions and answers.' }),
  })
  .meta({ title: 'Milepost FAQ set', description: 'A set of questions and answers.' });

export type FaqSet = z.output<typeof faqSetSchema>;
