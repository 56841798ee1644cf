// MkDocs' awesome-pages plugin: a `.pages` file in a folder gives the folder its `title` and the
// order of its pages and sub-folders (`nav:`, where `...` stands for those it does not list, and
// `- Title: file.md` titles one). Without `...` the unlisted ones are hidden there; here they
// stay published, last.
import { parseDocument } from 'yaml';
import { childPath, type NavPlace, type NavReading } from './kb-navigation.ts';
import { explainSyntaxError } from './yaml-errors.ts';

export const MKDOCS_PAGES_FILE = '.pages';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A `nav` item: "file.md", "folder", "...", or `{ Title: file.md }`. A link to another site is not a page. */
function navItem(item: unknown): { name: string; title?: string } | undefined {
  if (typeof item === 'string') return { name: item };
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const [title, name] = Object.entries(item)[0] ?? [];
  return typeof name === 'string' && !/^[a-z][\w+.-]*:/i.test(name) ? { name, ...(text(title) ? { title: text(title)! } : {}) } : undefined;
}

/** The places the `.pages` file of `folder` ("" for the docs root) gives the folder and what it holds. */
export function mkdocsPagesPlaces(source: string, folder: string): NavReading {
  const document = parseDocument(source, { prettyErrors: false });
  const errors = document.errors.map(({ code, message, pos }) => ({ code, message, offset: pos[0] }));
  if (errors.length > 0) {
    const explained = explainSyntaxError(source, errors);
    if (explained) return { problem: explained };
    const lines = source.slice(0, errors[0]!.offset).split('\n');
    return { problem: { line: lines.length, column: lines.at(-1)!.length + 1, message: errors[0]!.message.split('\n')[0]! } };
  }
  const settings: unknown = document.toJS();
  const { title, nav, arrange } = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : {};
  const places = new Map<string, NavPlace>();
  if (folder && text(title)) places.set(folder, { title: text(title)! });
  let position = 0;
  let rest: number | undefined;
  // `arrange` is what the plugin's first versions called `nav`.
  const items = Array.isArray(nav) ? nav : Array.isArray(arrange) ? arrange : [];
  for (const item of items.map(navItem)) {
    if (!item) continue;
    if (item.name.startsWith('...')) rest ??= ++position;
    const path = item.name.startsWith('...') ? undefined : childPath(folder, item.name);
    if (path !== undefined && !places.has(path)) places.set(path, { order: ++position, ...(item.title ? { title: item.title } : {}) });
  }
  return { places, ...(items.length > 0 ? { rest: new Map([[folder, rest ?? position + 1]]) } : {}) };
}
