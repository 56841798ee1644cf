// One customer on an onboarding plan: customers/<id>.yaml. Its kickoff, time zone and progress
// give the customer's own dates and status; `key` is the unguessable part of its page's URL.
import { z } from 'zod';
import { parseIsoDate } from '../lib/due-dates.ts';
import { weakKeyProblem } from '../lib/customer-key.ts';
import { id, markdown, matching, reference, rule, text, timeZone, url } from './common.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD (YAML reads it as text, so it never shifts by time zone). */
export const isoDate = (description: string) =>
  matching(ISO_DATE, 'date-format', 'Write the date as YYYY-MM-DD, like "2026-09-14"')
    .refine((value) => !ISO_DATE.test(value) || parseIsoDate(value) !== undefined, {
      message: 'This date does not exist in the calendar',
      ...rule('date-format'),
    })
    .meta({ description: `${description} (YYYY-MM-DD).` });

const contactSchema = z.strictObject({
  role: text('What the person does in the onboarding, e.g. "Executive sponsor", "Admin", "Champion".'),
  name: text('Name, if the customer wants it shown.').optional(),
  email: z.email({ message: 'Write a plain e-mail address, like dana@example.com' }).optional().meta({ description: 'E-mail address.' }),
});

const csmSchema = z
  .strictObject({
    name: text('Name of the customer success manager.'),
    email: z.email({ message: 'Write a plain e-mail address, like sofia@example.com' }).meta({ description: 'E-mail address of the CSM.' }),
    bookingUrl: url('Where the customer books a call with the CSM.').optional(),
    title: text('Job title, e.g. "Customer Success Manager".').optional(),
  })
  .meta({ description: 'The customer success manager for this customer.' });

export const milestoneProgressSchema = z
  .strictObject({
    reached: isoDate('The day the milestone was reached').optional(),
    status: z
      .enum(['blocked'])
      .optional()
      .meta({ description: 'Set to blocked when something outside the plan stops the milestone; explain it in note.' }),
    note: markdown('What blocks the milestone, or anything the customer should know about it').optional(),
    checked: z
      .array(text('A definition-of-done item, written as in the plan.'))
      .default([])
      .meta({ description: 'Definition-of-done items already true.' }),
  })
  .superRefine((progress, ctx) => {
    if (progress.reached && progress.status === 'blocked') {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'A milestone cannot be reached and blocked at once',
        params: { rule: 'progress-conflict', hint: 'Remove `status: blocked`, or remove `reached:` if the milestone is not reached yet.' },
      });
    }
    if (progress.status === 'blocked' && !progress.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'A blocked milestone needs a note saying what blocks it',
        params: { rule: 'missing-key', hint: 'Add `note:` with what blocks the milestone and who is working on it.' },
      });
    }
  })
  .meta({ description: 'Progress on one milestone: reached on a date, or blocked, and the done items already true.' });

const trainingSchema = z
  .strictObject({
    attended: z
      .array(
        z.strictObject({
          course: reference(['course']),
          date: isoDate('The day of the session'),
          people: z.int().min(1).max(10_000).optional().meta({ description: 'How many of the customer’s people attended.' }),
        }),
      )
      .default([])
      .meta({ description: 'Live sessions the customer’s people attended.' }),
    certified: z
      .array(
        z.strictObject({
          level: reference(['cert']).meta({ description: 'The level earned, cert:<program>/<level>.' }),
          name: text('Who earned it, if they want it shown.').optional(),
          date: isoDate('The day it was earned'),
        }),
      )
      .default([])
      .meta({ description: 'Certification levels the customer’s people earned.' }),
  })
  .meta({ description: 'Training attended and certifications earned.' });

export const customerInternalSchema = z
  .strictObject({
    health: z
      .strictObject({
        score: z.int().min(0).max(100).meta({ description: 'The health score, 0–100.' }),
        asOf: isoDate('When the score was taken'),
      })
      .optional()
      .meta({ description: 'The latest health snapshot; its band and response protocol come from the plan.' }),
    risks: z.array(markdown('A risk the team watches')).default([]).meta({ description: 'Risk notes for the account team.' }),
    renewal: isoDate('The contract renewal date').optional(),
  })
  .meta({ description: 'Team only: never published in the customer edition.' });

export const customerSchema = z
  .strictObject({
    name: text('The customer’s company name, as they write it.'),
    plan: id('plan').meta({ description: 'The onboarding plan the customer follows (a file name in plans/, without .yaml).' }),
    kickoff: isoDate('The kickoff day: day 0 of the plan'),
    timezone: timeZone('customer-timezone', 'America/Chicago').meta({ description: 'The customer’s IANA time zone, e.g. America/Chicago: due dates and "today" are theirs.' }),
    segment: id('segment').optional().meta({ description: 'Segment (an id from content/site.yaml), when it differs from the plan’s.' }),
    key: z
      .string()
      .superRefine((key, ctx) => {
        const problem = weakKeyProblem(key);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            message: problem,
            params: { rule: 'customer-key-weak', hint: 'Run `npm run new -- key` and paste the key it prints.' },
          });
      })
      .optional()
      .meta({
        description:
          'The random part of the customer’s unlisted page URL, /customers/<key>/: 32 hex digits (128 bits). `npm run new -- customer <id>` writes one.',
      }),
    contacts: z.array(contactSchema).default([]).meta({ description: 'The customer’s people, by role.' }),
    csm: csmSchema,
    progress: z
      .record(id('milestone'), milestoneProgressSchema)
      .default({})
      .meta({ description: 'Progress per milestone id of the plan.' }),
    training: trainingSchema.default({ attended: [], certified: [] }),
    internal: customerInternalSchema.optional(),
  })
  .meta({ title: 'Milepost customer', description: 'A customer on an onboarding plan: kickoff, time zone, people and progress.' });

export type Customer = z.output<typeof customerSchema>;
export type MilestoneProgress = z.output<typeof milestoneProgressSchema>;
export type CustomerInternal = z.output<typeof customerInternalSchema>;
