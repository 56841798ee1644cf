// Astro collections, one per file kind, wired to the zod schemas and the Milepost loaders.
import { defineCollection } from 'astro:content';
import { articleLoader, milepostLoader, siteLoader } from './content/loaders.ts';
import { articleSchema, certificationSchema, courseSchema, faqSetSchema, planSchema, siteSchema, videoSchema } from './schemas/index.ts';

export const collections = {
  site: defineCollection({ loader: siteLoader(), schema: siteSchema }),
  plans: defineCollection({ loader: milepostLoader('plans'), schema: planSchema }),
  kb: defineCollection({ loader: articleLoader(), schema: articleSchema }),
  faqs: defineCollection({ loader: milepostLoader('faqs'), schema: faqSetSchema }),
  videos: defineCollection({ loader: milepostLoader('videos'), schema: videoSchema }),
  courses: defineCollection({ loader: milepostLoader('courses'), schema: courseSchema }),
  certifications: defineCollection({ loader: milepostLoader('certifications'), schema: certificationSchema }),
};
