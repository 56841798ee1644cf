// A certification program with its levels: content/certifications/<id>.yaml.
import { z } from 'zod';
import { id, markdown, matching, reference, text } from './common.ts';

const levelSchema = z.strictObject({
  id: id('level'),
  name: text('Level name, e.g. "Certified Analyst".'),
  badge: matching(/^#[0-9a-fA-F]{6}$/, 'badge-colour', 'Write the badge colour as #rrggbb, like "#2563eb"').meta({ description: 'Badge colour, #rrggbb.' }),
  summary: markdown('What a holder of this level can do'),
  requires: z
    .array(reference(['course', 'kb', 'video', 'cert']))
    .min(1)
    .meta({ description: 'What must be completed first: courses, articles, videos, or a lower level (cert:<id>/<level>).' }),
  exam: z
    .strictObject({
      format: text('How the exam is taken, e.g. "Online, open book".'),
      questions: z.int().min(1).optional().meta({ description: 'Number of questions.' }),
      minutes: z.int().min(5).meta({ description: 'Time allowed.' }),
      passMark: z.int().min(1).max(100).meta({ description: 'Score needed to pass, in percent.' }),
    })
    .meta({ description: 'The exam.' }),
  validFor: matching(/^\d+ (?:months?|years?)$/, 'valid-for-format', 'Write validity as "12 months" or "2 years"').meta({ description: 'How long the certification stays valid, e.g. "2 years".' }),
  benefits: z.array(text('A benefit for the holder.')).min(1).meta({ description: 'What holders get.' }),
});

export const certificationSchema = z
  .strictObject({
    title: text('Program title.'),
    summary: markdown('What the program is and who it is for'),
    issuer: text('Organisation that issues the credential.').optional(),
    levels: z.array(levelSchema).min(1).meta({ description: 'Levels, lowest first.' }),
    internal: z
      .strictObject({ adoption: markdown('How certification drives product adoption') })
      .optional()
      .meta({ description: 'Team only: never published in the customer edition.' }),
  })
  .meta({ title: 'Milepost certification', description: 'A certification program and its levels.' });

export type Certification = z.output<typeof certificationSchema>;
export type CertificationLevel = Certification['levels'][number];
