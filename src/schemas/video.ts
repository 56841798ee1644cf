// A video tutorial: content/videos/<id>.yaml.
import { z } from 'zod';
import { httpsUrl, markdown, matching, segmentIds, text } from './common.ts';

const CLOCK = /^(?:\d+:)?[0-5]?\d:[0-5]\d$/;
export const clock = (description: string) =>
  matching(CLOCK, 'duration-format', 'Write a time as m:ss or h:mm:ss, like "4:05"').meta({ description });

export const videoSchema = z
  .strictObject({
    title: text('Video title.'),
    url: httpsUrl('YouTube or Vimeo page, or an https link to a video file (.mp4, .webm).'),
    duration: clock('Length as m:ss or h:mm:ss.'),
    published: z.coerce.date().optional().meta({ description: 'When the video was published (YYYY-MM-DD).' }),
    description: markdown('What the video shows'),
    chapters: z
      .array(z.strictObject({ at: clock('Start of the chapter, m:ss.'), title: text('Chapter title.') }))
      .default([])
      .meta({ description: 'Chapters, in order.' }),
    transcript: z.string().optional().meta({ description: 'Full transcript; searchable on the portal.' }),
    segments: segmentIds.default([]),
  })
  .meta({ title: 'Milepost video', description: 'A video tutorial.' });

export type Video = z.output<typeof videoSchema>;
