// Milepost's Astro collections, one per file kind: the zod schemas and the loaders that hand them
// validated, edition-filtered entries. src/content.config.ts hands them to Astro.
import { defineCollection } from 'astro/content/config';
import { z } from 'zod';
import { articleLoader, customerLoader, kbFolderLoader, milepostLoader, siteLoader } from './loaders.ts';
import { articleDataSchema } from '../schemas/article.ts';
import { certificationSchema, courseSchema, customerSchema, faqSetSchema, planSchema, siteSchema, videoSchema } from '../schemas/index.ts';

export const collections = {
  site: defineCollection({ loader: siteLoader(), schema: siteSchema }),
  plans: defineCollection({ loader: milepostLoader('plans'), schema: planSchema }),
  kb: defineCollection({ loader: articleLoader(), schema: articleDataSchema }),
  kbFolders: defineCollection({ loader: kbFolderLoader(), schema: articleDataSchema }),
  faqs: defineCollection({ loader: milepostLoader('faqs'), schema: faqSetSchema }),
  videos: defineCollection({ loader: milepostLoader('videos'), schema: videoSchema }),
  courses: defineCollection({ loader: milepostLoader('courses'), schema: courseSchema }),
  certifications: defineCollection({ loader: milepostLoader('certifications'), schema: certificationSchema }),
  // `home`: the customer whose workspace is the home page (MILEPOST_CUSTOMER).
  customers: defineCollection({ loader: customerLoader(), schema: customerSchema.extend({ home: z.boolean() }) }),
};
