// A guided or self-paced course, with live sessions or a recurring schedule: content/courses/<id>.yaml.
import { z } from 'zod';
import { parseRRule } from '../lib/rrule.ts';
import { id, markdown, matching, reference, segmentIds, text, timeZone, url } from './common.ts';

export const COURSE_FORMATS = ['self-paced', 'one-on-one', 'group', 'webinar'] as const;
export const courseFormat = z.enum(COURSE_FORMATS).meta({ description: 'How the course is delivered.' });

export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;

const start = matching(ISO_WITH_OFFSET, 'session-start', 'Write the start as ISO 8601 with its UTC offset, like "2026-12-03T16:00:00+01:00"')
  .meta({ description: 'Start date and time, ISO 8601 with the UTC offset, e.g. 2026-12-03T16:00:00+01:00.' });

const timezone = timeZone('session-timezone', 'America/New_York', z.string({ message: 'Every session needs a time zone, an IANA name like "Europe/Berlin"' }))
  .meta({ description: 'IANA time zone of the session, e.g. Europe/Berlin.' });

const minutes = z.int().min(5).max(24 * 60).meta({ description: 'Length of the session in minutes.' });

export const sessionSchema = z
  .strictObject({
    id: id('session').optional(),
    start,
    timezone,
    minutes,
    registerUrl: url('Where customers sign up for the session.'),
    host: text('Who runs the session.').optional(),
    segments: segmentIds.optional(),
    note: text('Anything attendees should know.').optional(),
  })
  .meta({ description: 'One live session.' });

export const scheduleSchema = z
  .strictObject({
    rrule: z
      .string()
      .superRefine((value, ctx) => {
        try {
          parseRRule(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message, params: { rule: 'invalid-rrule' } });
        }
      })
      .meta({ description: 'RFC 5545 recurrence rule, e.g. FREQ=WEEKLY;BYDAY=TU;INTERVAL=2.' }),
    start: start.meta({ description: 'First occurrence, ISO 8601 with offset; later ones keep its local time.' }),
    timezone,
    minutes,
    registerUrl: url('Where customers sign up.'),
    host: text('Who runs the sessions.').optional(),
  })
  .meta({ description: 'A recurring session.' });

const moduleSchema = z.strictObject({
  title: text('Module title.'),
  outcomes: z.array(text('Something the learner can do afterwards.')).min(1).meta({ description: 'Learning outcomes.' }),
  resources: z.array(reference(['kb', 'video', 'faq', 'course'])).default([]).meta({ description: 'Articles, videos and FAQs used in the module.' }),
});

const segmentOverrideSchema = z.strictObject({
  segment: id('segment'),
  format: courseFormat.optional(),
  duration: text('Length for this segment.').optional(),
  note: markdown('How the course is tailored for this segment'),
});

export const courseSchema = z
  .strictObject({
    title: text('Course title.'),
    summary: markdown('What the course covers and who it is for'),
    format: courseFormat,
    duration: text('How long it takes, e.g. "3 × 60 minutes" or "about 2 hours".'),
    level: z.enum(['beginner', 'intermediate', 'advanced']).meta({ description: 'Experience the course assumes.' }),
    audience: text('Who should attend, e.g. "Workspace admins".').optional(),
    segments: z.array(segmentOverrideSchema).default([]).meta({ description: 'Segments the course is for, with per-segment tailoring.' }),
    modules: z.array(moduleSchema).min(1).meta({ description: 'The curriculum.' }),
    sessions: z.array(sessionSchema).default([]).meta({ description: 'Dated live sessions.' }),
    schedule: scheduleSchema.optional(),
  })
  .meta({ title: 'Milepost course', description: 'A course: curriculum, format and sessions.' });

export type Course = z.output<typeof courseSchema>;
export type CourseSession = z.output<typeof sessionSchema>;
export type CourseSchedule = z.output<typeof scheduleSchema>;
export type CourseFormat = (typeof COURSE_FORMATS)[number];
