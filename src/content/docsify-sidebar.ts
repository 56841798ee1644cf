// Docsify's `_sidebar.md`, at the docs root or in a folder: a nested list of links, read as
// GitBook's SUMMARY.md is (kb-summary.ts). Its links lead from the docs root, as Docsify resolves
// them; a folder's sidebar orders what that folder holds, the root's everything.
import type { NavPlace } from './kb-navigation.ts';
import { placesFromLinks } from './kb-navigation.ts';
import { summaryLinks } from './kb-summary.ts';

export const DOCSIFY_SIDEBAR = '_sidebar.md';

/** The places the sidebar of `folder` ("" for the docs root) gives the pages and folders inside it. */
export const docsifySidebarPlaces = (sidebar: string, folder: string): Map<string, NavPlace> =>
  placesFromLinks(summaryLinks(sidebar), folder);
