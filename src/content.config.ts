// Astro collections, one per file kind, wired to the zod schemas and the Milepost loaders.
import { defineCollection } from 'astro:content';
import { articleLoader, kbFolderLoader, milepostLoader, siteLoader } from './content/loaders.ts';
import { articleDataSchema } from './schemas/article.ts';
import { certificationSchema, courseSchema, faqSetSchema, planSchema, siteSchema, videoSchema } from './schemas/index.ts';

export const collections = {
  site: defineCollection({ loader: siteLoader(), schema: siteSchema }),
  plans: defineCollection({ loader: milepostLoader('plans'), schema: planSchema }),
  kb: defineCollection({ loader: articleLoader(), schema: articleDataSchema }),
  kbFolders: defineCollection({ loader: kbFolderLoader(), schema: articleDataSchema }),
  faqs: defineCollection({ loader: milepostLoader('faqs'), schema: faqSetSchema }),
  videos: defineCollection({ loader: milepostLoader('videos'), schema: videoSchema }),
  courses: defineCollection({ loader: milepostLoader('courses'), schema: courseSchema }),
  certifications: defineCollection({ loader: milepostLoader('certifications'), schema: certificationSchema }),
};
