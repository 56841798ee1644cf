// `milepost new customer <id>`: writes customers/<id>.yaml with a fresh random key, and
// `milepost new key`: prints one. Never overwrites a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newCustomerKey } from '../lib/customer-key.ts';
import { todayIn } from '../lib/customer-status.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface NewCustomerOptions {
  root: string;
  id: string;
  plan: string;
  name?: string | undefined;
  kickoff?: string | undefined;
  timezone?: string | undefined;
  /** "Name <e-mail>" */
  csm?: string | undefined;
  now?: Date;
}

const quoted = (text: string) => JSON.stringify(text);

/** The text of a new customer file; without `csm`, the CSM lines are left for the editor to fill in. */
export function newCustomerFile(options: NewCustomerOptions, key = newCustomerKey()): string {
  const timezone = options.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const name =
    options.name ??
    options.id
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ');
  const csm = /^(.+?)\s*<([^>]+)>$/.exec(options.csm ?? '');
  return [
    '# yaml-language-server: $schema=../schemas/customer.schema.json',
    `name: ${quoted(name)}`,
    `plan: ${options.plan}`,
    `kickoff: ${options.kickoff ?? todayIn(timezone, options.now ?? new Date())} # day 0 of the plan`,
    `timezone: ${timezone} # due dates and "today" are the customer's`,
    "# The secret part of this customer's page address, /customers/<key>/. Anyone with the link",
    '# can read the page: share it only with the customer, and never reuse a key.',
    `key: ${key}`,
    ...(csm
      ? ['csm:', `  name: ${quoted(csm[1]!)}`, `  email: ${csm[2]}`]
      : [
          '# csm: who looks after this customer (required)',
          '#   name: Sofia Marin',
          '#   email: sofia.marin@example.com',
          '#   bookingUrl: https://example.com/book/sofia',
        ]),
    "contacts: # the customer's people, by role",
    '  - role: Executive sponsor',
    '  - role: Admin',
    'progress: {} # per milestone id: reached: YYYY-MM-DD, or status: blocked with a note',
    '',
  ].join('\n');
}

/** Writes customers/<id>.yaml; returns its path from the root, or throws when it cannot. */
export function writeNewCustomer(options: NewCustomerOptions): string {
  if (!KEBAB.test(options.id))
    throw new Error(`"${options.id}" is not a valid customer id: use lowercase letters, digits and hyphens, like "northwind-logistics"`);
  const path = `customers/${options.id}.yaml`;
  const file = join(options.root, path);
  if (existsSync(file)) throw new Error(`${path} already exists; a customer keeps its key (delete the file first to start over)`);
  mkdirSync(join(options.root, 'customers'), { recursive: true });
  writeFileSync(file, newCustomerFile(options), { flag: 'wx' });
  return path;
}
