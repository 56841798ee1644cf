// Where every page lives, as root-relative paths ("/plans/smb/"). Components add the base
// path with `href()` from src/site/href.ts; client scripts and tests use these directly.

export const routes = {
  home: () => '/',
  plans: () => '/plans/',
  plan: (id: string) => `/plans/${id}/`,
  milestone: (planId: string, milestoneId: string) => `/plans/${planId}/#milestone-${milestoneId}`,
  training: () => '/training/',
  course: (id: string) => `/training/${id}/`,
  session: (courseId: string, sessionId: string) => `/training/${courseId}/#session-${sessionId}`,
  sessionIcs: (courseId: string, sessionId: string) => `/training/${courseId}/${sessionId}.ics`,
  calendar: () => '/training/calendar.ics',
  certifications: () => '/certification/',
  certification: (id: string) => `/certification/${id}/`,
  level: (certId: string, levelId: string) => `/certification/${certId}/#level-${levelId}`,
  achievement: (certId: string, levelId: string) => `/certification/${certId}/${levelId}.json`,
  badge: (certId: string, levelId: string) => `/certification/${certId}/${levelId}.svg`,
  kb: () => '/kb/',
  /** A category, section or sub-section, by its slug path ("getting-started/set-up"). */
  kbFolder: (folderId: string) => (folderId ? `/kb/${folderId}/` : '/kb/'),
  article: (articleId: string) => `/kb/${articleId}/`,
  faqs: () => '/faq/',
  faqSet: (setId: string) => `/faq/#${setId}`,
  faqItem: (setId: string, itemId: string) => `/faq/#${setId}-${itemId}`,
  videos: () => '/videos/',
  video: (id: string) => `/videos/${id}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  rss: () => '/rss.xml',
  // Unlisted: linked only from the team edition's portfolio, never from a public page.
  customer: (key: string) => `/customers/${key}/`,
  customerCalendar: (key: string) => `/customers/${key}/milestones.ics`,
  portfolio: () => '/team/customers/',
  portfolioCsv: () => '/team/customers.csv',
} as const;

/** The first path segments of the portal's own pages and of what the build writes beside them. */
export const ROUTES_OF_THE_PORTAL = ['kb', 'plans', 'training', 'certification', 'faq', 'videos', 'search', 'rss.xml', 'customers', 'team', 'files', '_astro', 'pagefind'] as const;

/** Folders of pages that are never listed: not in the sitemap, feeds or search, with noindex headers. */
export const UNLISTED_FOLDERS = ['/customers/', '/team/'] as const;

/** Whether a root-relative page path ("/customers/abc/") lies in an unlisted folder. */
export function isUnlistedPath(path: string): boolean {
  return UNLISTED_FOLDERS.some((folder) => path.startsWith(folder));
}
