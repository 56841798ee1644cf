// Every file kind Milepost reads, with the schema that checks it and where it lives.
import type { z } from 'zod';
import { articleSchema } from './article.ts';
import { certificationSchema } from './certification.ts';
import { courseSchema } from './course.ts';
import { customerSchema } from './customer.ts';
import { faqSetSchema } from './faq.ts';
import { planSchema } from './plan.ts';
import { siteSchema } from './site.ts';
import { videoSchema } from './video.ts';

export interface FileKind {
  kind: 'site' | 'plan' | 'article' | 'faq' | 'video' | 'course' | 'certification' | 'customer';
  schema: z.ZodType;
  /** Folder under MILEPOST_ROOT, or the single file for the site. */
  location: string;
}

export const FILE_KINDS = [
  { kind: 'site', schema: siteSchema, location: 'content/site.yaml' },
  { kind: 'plan', schema: planSchema, location: 'plans' },
  { kind: 'article', schema: articleSchema, location: 'content/kb' },
  { kind: 'faq', schema: faqSetSchema, location: 'content/faqs' },
  { kind: 'video', schema: videoSchema, location: 'content/videos' },
  { kind: 'course', schema: courseSchema, location: 'content/courses' },
  { kind: 'certification', schema: certificationSchema, location: 'content/certifications' },
  { kind: 'customer', schema: customerSchema, location: 'customers' },
] as const satisfies readonly FileKind[];

export type Kind = FileKind['kind'];

export { articleSchema, certificationSchema, courseSchema, customerSchema, faqSetSchema, planSchema, siteSchema, videoSchema };
