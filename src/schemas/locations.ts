// Where each file kind lives under MILEPOST_ROOT: a folder, or the single file for the site.
// Kept apart from the schemas, so finding files (and `npm run build`'s first step) loads no zod.
export const KIND_LOCATIONS = {
  site: 'content/site.yaml',
  plan: 'plans',
  article: 'content/kb',
  faq: 'content/faqs',
  video: 'content/videos',
  course: 'content/courses',
  certification: 'content/certifications',
  customer: 'customers',
} as const;

export type Kind = keyof typeof KIND_LOCATIONS;
