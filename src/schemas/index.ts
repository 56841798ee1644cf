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
import { KIND_LOCATIONS, type Kind } from './locations.ts';

export interface FileKind {
  kind: Kind;
  schema: z.ZodType;
  /** Folder under MILEPOST_ROOT, or the single file for the site. */
  location: string;
}

export const FILE_KINDS = [
  { kind: 'site', schema: siteSchema, location: KIND_LOCATIONS.site },
  { kind: 'plan', schema: planSchema, location: KIND_LOCATIONS.plan },
  { kind: 'article', schema: articleSchema, location: KIND_LOCATIONS.article },
  { kind: 'faq', schema: faqSetSchema, location: KIND_LOCATIONS.faq },
  { kind: 'video', schema: videoSchema, location: KIND_LOCATIONS.video },
  { kind: 'course', schema: courseSchema, location: KIND_LOCATIONS.course },
  { kind: 'certification', schema: certificationSchema, location: KIND_LOCATIONS.certification },
  { kind: 'customer', schema: customerSchema, location: KIND_LOCATIONS.customer },
] as const satisfies readonly FileKind[];

export type { Kind };

export { articleSchema, certificationSchema, courseSchema, customerSchema, faqSetSchema, planSchema, siteSchema, videoSchema };
