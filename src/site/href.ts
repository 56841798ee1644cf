// Links inside the portal, with the base path the site is deployed under (e.g. "/docs/").
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** "/plans/smb/" → "/docs/plans/smb/" when the site is built with base "/docs". */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}
