// Settings from the environment, with safe defaults (see the README's "Settings").
import { join, resolve } from 'node:path';

export type Edition = 'customer' | 'team';

/** The folder holding plans/ and content/: MILEPOST_ROOT, else the project folder npm runs in. */
export function resolveRoot(override?: string): string {
  return resolve(override ?? process.env.MILEPOST_ROOT ?? process.cwd());
}

/** The static files the site serves as they are: `public/` beside plans/ and content/ (Astro's publicDir). */
export const resolvePublicFolder = (root = resolveRoot()): string => join(root, 'public');

export function resolveEdition(value = process.env.MILEPOST_EDITION): Edition {
  if (value === undefined || value === '' || value === 'customer') return 'customer';
  if (value === 'team') return 'team';
  throw new Error(`MILEPOST_EDITION must be "customer" or "team", not "${value}"`);
}
