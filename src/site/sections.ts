// The portal's main sections, in the order the navigation shows them: only those this portal has
// entries of are linked (NavLinks.astro), and that choice is part of every page's layout.
import { portalHas } from './collections.ts';

const SECTIONS = [
  { label: 'Plans', path: '/plans/', kind: 'plans' },
  { label: 'Training', path: '/training/', kind: 'courses' },
  { label: 'Certification', path: '/certification/', kind: 'certifications' },
  { label: 'Help articles', path: '/kb/', kind: 'kb' },
  { label: 'FAQ', path: '/faq/', kind: 'faqs' },
  { label: 'Videos', path: '/videos/', kind: 'videos' },
] as const;

/** The sections this portal has content for. */
export const portalSections = () => SECTIONS.filter((section) => portalHas(section.kind));
