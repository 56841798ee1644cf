// Nextra's `_meta.json` (or a `_meta.js` / `.ts` / `.tsx` whose default export is a plain object,
// read, never run): in each folder, the order of its keys is the order of the pages and
// sub-folders they name, and a string value, or an object's `title`, is the entry's title.
// Separators and links are not pages; a hidden page stays published, last.
import { readObjectLiteral, type LiteralValue } from '../lib/object-literal.ts';
import { childPath, type NavPlace, type NavReading } from './kb-navigation.ts';

/** The names Nextra's meta file goes by, the JSON one first. */
export const NEXTRA_META_FILES = ['_meta.json', '_meta.js', '_meta.jsx', '_meta.mjs', '_meta.ts', '_meta.tsx'];

/** Keys that are not pages: defaults for every entry ("*"), and old-style separators ("---"). */
const NOT_A_PAGE = /^(?:\*|-{3,})$/;

interface MetaEntry {
  path: string;
  title: string | undefined;
  hidden: boolean;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function metaEntry(folder: string, key: string, value: LiteralValue): MetaEntry | undefined {
  const path = NOT_A_PAGE.test(key) ? undefined : childPath(folder, key);
  if (path === undefined) return undefined;
  if (!(value instanceof Map)) return { path, title: text(value), hidden: false };
  // A separator, or a link to another site that only shows in the menu.
  if (value.get('type') === 'separator' || typeof value.get('href') === 'string') return undefined;
  return { path, title: text(value.get('title')), hidden: value.get('display') === 'hidden' };
}

/** The places a folder's `_meta` file gives its pages and sub-folders; pages it does not name come after those it does, hidden ones last. */
export function nextraMetaPlaces(source: string, folder: string, fileName: string): NavReading {
  const read = readObjectLiteral(source, !fileName.endsWith('.json'));
  if ('problem' in read) return read;
  const entries = [...read.value].flatMap(([key, value]) => metaEntry(folder, key, value) ?? []);
  const shown = entries.filter((entry) => !entry.hidden);
  const rest = shown.length + 1;
  const places = new Map<string, NavPlace>();
  [...shown, ...entries.filter((entry) => entry.hidden)].forEach(({ path, title }, index) => {
    places.set(path, { order: index < shown.length ? index + 1 : index + 2, ...(title ? { title } : {}) });
  });
  return { places, rest: new Map([[folder, rest]]) };
}
