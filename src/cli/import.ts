// `milepost import zendesk|intercom <file.json>…`: writes a help center, as its platform's API gives
// it, into content/kb as Markdown articles in a folder per category, section or collection. Never
// overwrites a file without --force; never changes site.yaml (it says what to set there).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { articlesAddress, type HelpCenter, ImportError } from '../import/help-center.ts';
import { folderName, helpCenterFiles, type ImportedFile } from '../import/import-files.ts';
import { withDownloadedImages } from '../import/import-images.ts';
import { freshdeskHelpCenter } from '../import/freshdesk.ts';
import { helpScoutHelpCenter } from '../import/helpscout.ts';
import { intercomHelpCenter } from '../import/intercom.ts';
import { zendeskHelpCenter } from '../import/zendesk.ts';

/** The platforms whose API responses the importer reads. */
export const SOURCES: Record<string, (files: ReadonlyMap<string, unknown>) => HelpCenter> = {
  zendesk: zendeskHelpCenter,
  intercom: intercomHelpCenter,
  helpscout: helpScoutHelpCenter,
  freshdesk: freshdeskHelpCenter,
};

export interface ImportOptions {
  root: string;
  /** A folder of content/kb to write into ("Help center"), else content/kb itself. */
  into?: string | undefined;
  force?: boolean;
  /** Save the images articles show from the help center beside them (import-images.ts). */
  downloadImages?: boolean;
  out?: (line: string) => void;
}

/** Imports the responses in `paths` from `source`; the exit code: 0 when every file was written, 1 otherwise. */
export async function importHelpCenter(
  source: keyof typeof SOURCES,
  paths: readonly string[],
  { root, into, force = false, downloadImages = false, out = console.log }: ImportOptions,
  download?: Parameters<typeof withDownloadedImages>[1],
): Promise<number> {
  const files = new Map<string, unknown>();
  for (const path of paths) {
    try {
      files.set(path, JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      out(`milepost: ${path} could not be read as JSON: ${(error as Error).message}`);
      return 1;
    }
  }
  let helpCenter;
  try {
    helpCenter = SOURCES[source]!(files);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    out(`milepost: ${error.message}`);
    return 1;
  }
  const kb = join(root, 'content', 'kb', ...(into ? into.split(/[\\/]/).filter(Boolean).map(folderName) : []));
  let output: { path: string; text?: string; bytes?: Uint8Array }[] = helpCenterFiles(helpCenter);
  if (downloadImages) {
    const downloaded = await withDownloadedImages(output as ImportedFile[], download);
    output = [...downloaded.files, ...downloaded.images];
    out(
      `downloaded ${downloaded.images.length} images${downloaded.failed.length > 0 ? `; ${downloaded.failed.length} could not be, and are shown from their address: ${downloaded.failed.slice(0, 3).join(', ')}${downloaded.failed.length > 3 ? ', …' : ''}` : ''}`,
    );
  }
  let written = 0;
  const kept: string[] = [];
  for (const file of output) {
    const target = join(kb, ...file.path.split('/'));
    if (existsSync(target) && !force) {
      kept.push(relative(root, target).split(sep).join('/'));
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes ?? file.text ?? '');
    written++;
  }
  out(
    `wrote ${written} files into ${relative(root, kb).split(sep).join('/')}/: ${helpCenter.articles.length} articles, ${helpCenter.folders.size} folders`,
  );
  if (kept.length > 0)
    out(
      `kept ${kept.length} files that were there already (--force writes over them): ${kept.slice(0, 3).join(', ')}${kept.length > 3 ? ', …' : ''}`,
    );
  for (const note of helpCenter.notes ?? []) out(note);
  const restricted = helpCenter.articles.filter((article) => article.restricted).length;
  if (restricted > 0)
    out(
      `${restricted} articles are seen by some users only on the help center (a user segment, a folder for agents or signed-in users): written as drafts, which customers do not see until you remove their draft: true`,
    );
  const address = articlesAddress(helpCenter.articles);
  if (address)
    out(
      `links between the articles lead to their files now; so that links elsewhere (plans, FAQs, courses) to the old articles lead to them too, set in content/site.yaml:\n  kb:\n    importedFrom: ${address}`,
    );
  out('then run `npm run validate`');
  return kept.length > 0 ? 1 : 0;
}

/** The path of `file` given on the command line, from where the command ran. */
export const argumentPath = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);
