// The portal's own settings: content/site.yaml.
import { z } from 'zod';
import { languageTag } from '../lib/language.ts';
import { id, markdown, text, url } from './common.ts';

const segmentSchema = z.strictObject({
  id: id('segment'),
  name: text('Segment name shown to customers, e.g. "Mid-market".'),
  description: markdown('Who belongs to the segment'),
});

export const siteSchema = z
  .strictObject({
    name: text('Portal name shown in the header and page titles.'),
    tagline: text('One sentence under the name on the home page.'),
    company: text('The company publishing the portal.'),
    site: url('Public URL of the portal (MILEPOST_SITE overrides it).').optional(),
    editUrl: url('Base URL for "edit this page" links; the article path inside content/kb is appended.').optional(),
    language: z
      .string()
      .refine((tag) => languageTag(tag) !== undefined, { message: 'Write a language tag, like "en", "de" or "pt-BR"' })
      .optional()
      .meta({
        description:
          'The language the portal is written in (BCP 47: "en", "de", "pt-BR"), for screen readers and search. Without it, the most common `locale` or `lang` of the articles, else English.',
      }),
    support: z
      .strictObject({
        email: z
          .email({ message: 'Write a plain e-mail address, like support@example.com' })
          .meta({ description: 'Support e-mail address.' }),
        url: url('Support or ticket portal URL.').optional(),
        hours: text('When support answers, e.g. "Mon–Fri 8:00–18:00 CET".').optional(),
      })
      .meta({ description: 'How customers reach support.' }),
    segments: z.array(segmentSchema).min(1).meta({ description: 'Customer segments that plans, courses and articles refer to.' }),
    community: z
      .array(z.strictObject({ name: text('Link text.'), url: url('Where it goes.'), description: text('What is there.').optional() }))
      .default([])
      .meta({ description: 'Community forums, user groups and social links shown in the footer.' }),
    kb: z
      .strictObject({
        categories: z
          .array(text('A category: its folder name in content/kb, or its title.'))
          .default([])
          .meta({ description: 'The order of categories on the portal; those not listed follow, by their order and title.' }),
        importedFrom: z
          .union([
            url(''),
            z.string().regex(/^\/(?!\/)/, { message: 'Give the old address with https://, or the path its articles had, starting with /' }),
          ])
          .optional()
          .meta({
            description:
              'Address of the old help center the articles came from, e.g. https://support.example.com/hc/en-us/articles/, or only its path (/docs/). Links under it, also from its root (/hc/en-us/articles/…), go to the migrated article whose file name starts with the same id or slug.',
          }),
      })
      .default({ categories: [] })
      .meta({ description: 'Knowledge-base settings.' }),
    search: z
      .strictObject({
        synonyms: z
          .array(
            z.array(z.string().min(1)).min(2).meta({ description: 'Words customers use interchangeably, e.g. [sign in, log in, login].' }),
          )
          .default([])
          .meta({ description: 'Groups of synonyms applied when the search index is built.' }),
        defaultSynonyms: z
          .boolean()
          .default(true)
          .meta({ description: 'Also apply the synonyms customers of any product use ("remove" for "delete", "receipt" for "invoice"); false turns them off.' }),
      })
      .default({ synonyms: [], defaultSynonyms: true })
      .meta({ description: 'Search settings.' }),
  })
  .meta({
    title: 'Milepost site settings',
    description: 'Portal name, URL, support contact, segments, community links and search synonyms.',
  });

export type Site = z.output<typeof siteSchema>;
export type Segment = Site['segments'][number];
