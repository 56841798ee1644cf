// A customer onboarding success plan: the answers to the planning step "success milestones",
// one file per plan in plans/<id>.yaml.
import { z } from 'zod';
import { id, markdown, reference, text, url } from './common.ts';

export const PLAN_COMPLETE_STEP = 'step-03-success-milestones';

export const milestoneSchema = z
  .strictObject({
    id: id('milestone'),
    name: text('What the milestone is called, as the customer will read it.'),
    description: markdown('What the milestone means for the customer and why it matters'),
    dueDay: z.int().min(1).max(730).meta({ description: 'Days after kickoff by which the milestone should be reached.' }),
    done: z
      .array(text('One check that must be true.'))
      .min(1)
      .meta({ description: 'Definition of done: every item must be true for the milestone to count as reached.' }),
    health: z
      .strictObject({
        reached: z.int().min(0).max(100).meta({ description: 'Points added to the health score when the milestone is reached on time.' }),
        missed: z.int().min(-100).max(0).meta({ description: 'Points taken off the health score when the deadline passes (zero or negative).' }),
      })
      .meta({ description: 'How reaching or missing the milestone moves the health score.' }),
    ifMissed: markdown('What happens when the deadline passes without the milestone being reached'),
    helpedBy: z
      .array(reference(['kb', 'course', 'video', 'faq', 'cert']))
      .default([])
      .meta({ description: 'Training, articles, videos and FAQs that help reach this milestone.' }),
  })
  .meta({ description: 'One success milestone.' });

const factorSchema = z.strictObject({
  id: id('health factor'),
  name: text('Name of the factor, e.g. "Feature adoption".'),
  weight: z.int().min(1).max(100).meta({ description: 'Share of the health score, in percent. All weights add up to 100.' }),
  description: markdown('How the factor is measured'),
  signals: z.array(text('A product signal that feeds the factor.')).optional().meta({ description: 'Signals that feed the factor.' }),
});

const bandSchema = z.strictObject({
  id: id('health band'),
  label: text('Label shown to customers, e.g. "Healthy".'),
  floor: z.int().min(0).max(100).meta({ description: 'Lowest score in this band (inclusive).' }),
  description: markdown('What a score in this band means for the customer').optional(),
});

export const healthSchema = z
  .strictObject({
    cadence: z.enum(['daily', 'weekly', 'monthly']).meta({ description: 'How often the health score is recalculated.' }),
    factors: z.array(factorSchema).min(1).meta({ description: 'Weighted factors that make up the score.' }),
    bands: z.array(bandSchema).min(2).meta({ description: 'Score ranges, highest first; the last floor is 0.' }),
  })
  .meta({ description: 'The health score model: factors, weights, bands and cadence.' });

const communityLinkSchema = z.strictObject({
  name: text('Name of the forum, group or space.'),
  url: url('Where it lives (https, http or mailto).'),
  description: text('What customers find there.').optional(),
});

export const trainingSchema = z
  .strictObject({
    selfService: z
      .strictObject({
        resources: z
          .array(reference(['kb', 'faq', 'video', 'course']))
          .default([])
          .meta({ description: 'Articles, FAQ sets, videos and self-paced courses to start with.' }),
        community: z.array(communityLinkSchema).default([]).meta({ description: 'Community forums and groups for this plan.' }),
      })
      .default({ resources: [], community: [] })
      .meta({ description: 'Self-service resources (optional).' }),
    guided: z
      .array(
        z.strictObject({
          course: reference(['course']),
          format: z.enum(['self-paced', 'one-on-one', 'group', 'webinar']).optional().meta({ description: 'Overrides the course format for this plan.' }),
          when: reference(['milestone']).optional().meta({ description: 'The milestone this training prepares for (milestone:<id>).' }),
          note: markdown('How the training is tailored for this plan').optional(),
        }),
      )
      .default([])
      .meta({ description: 'Live and guided training, in the order customers take it.' }),
    certification: reference(['cert']).optional().meta({ description: 'The certification this plan leads to (cert:<id> or cert:<id>/<level>).' }),
  })
  .meta({ description: 'The training and education plan.' });

export const planInternalSchema = z
  .strictObject({
    retentionInsight: markdown('How milestone completion correlates with long-term retention'),
    owner: text('Who owns this plan in the CS team.'),
    monitoredBy: text('Who watches health scores for customers on this plan.'),
    responseProtocols: z
      .array(
        z.strictObject({
          band: id('health band'),
          action: markdown('What the team does when a customer enters the band'),
          within: text('How fast, e.g. "2 business days".'),
        }),
      )
      .min(1)
      .meta({ description: 'What the team does for each health band.' }),
  })
  .meta({ description: 'Team only: never published in the customer edition.' });

export const planSchema = z
  .strictObject({
    title: text('Title of the plan, as customers read it.'),
    segment: id('segment').meta({ description: 'Customer segment (an id from content/site.yaml).' }),
    summary: markdown('Who the plan is for and what it achieves'),
    stepsCompleted: z
      .array(z.string())
      .default([])
      .meta({ description: `Planning steps done; without "${PLAN_COMPLETE_STEP}" the plan is a draft.` }),
    milestones: z
      .array(milestoneSchema)
      .min(3)
      .max(5)
      .meta({ description: 'The 3 to 5 success milestones, in order.' }),
    health: healthSchema,
    training: trainingSchema,
    internal: planInternalSchema.optional(),
  })
  .meta({ title: 'Milepost onboarding plan', description: 'A customer onboarding success plan.' });

export type Plan = z.output<typeof planSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type HealthModel = z.output<typeof healthSchema>;
