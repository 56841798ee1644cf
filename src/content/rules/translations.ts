// Articles translated by file name, as Hugo names them (`email-alerts.en.md` beside
// `email-alerts.fr.md`): the portal is in one language, so each language's file would be published
// as an article of its own, and links written for Hugo (`{{< ref "email-alerts.md" >}}`) lead to
// no file. The editor is told once per folder, with what to do.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ARTICLE_EXTENSION } from '../../lib/slugs.ts';
import type { Diagnostic } from '../diagnostics.ts';

/** A file name with a language before its extension: "email-alerts.fr.md", "guide.pt-br.md". */
const LANGUAGE_BEFORE_EXTENSION = /^(.+)\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)(\.(?:mdx?|markdown|html?))$/i;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The language a file name carries before its extension, if it is one ("fr"; not "js" of "setup.js.md"). */
export function translationOf(fileName: string): { base: string; language: string; extension: string } | undefined {
  const match = LANGUAGE_BEFORE_EXTENSION.exec(fileName);
  if (!match) return undefined;
  const [, base, language, extension] = match as unknown as [string, string, string, string];
  try {
    if (languageNames.of(language) === undefined) return undefined;
  } catch {
    return undefined; // not a language tag at all
  }
  return { base, language: language.toLowerCase(), extension };
}

/**
 * One warning per folder holding an article in two languages or more by file name, at its first
 * such file (`articles`: paths from the content root).
 */
export function checkTranslationsByFileName(articles: readonly string[]): Diagnostic[] {
  const folders = new Map<string, Map<string, { files: string[]; languages: Set<string> }>>();
  for (const path of [...articles].sort()) {
    const translation = translationOf(basename(path));
    if (!translation) continue;
    const bases = folders.get(dirname(path)) ?? new Map();
    folders.set(dirname(path), bases);
    const base = bases.get(translation.base) ?? { files: [], languages: new Set<string>() };
    bases.set(translation.base, base);
    base.files.push(path);
    base.languages.add(translation.language);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [folder, bases] of folders) {
    const translated = [...bases.values()].filter((base) => base.languages.size > 1);
    if (translated.length === 0) continue;
    const languages = [...new Set(translated.flatMap((base) => [...base.languages]))].sort();
    const [example] = translated;
    const kept = basename(example!.files[0]!).replace(LANGUAGE_BEFORE_EXTENSION, '$1$3');
    diagnostics.push({
      file: example!.files[0]!,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'translations-by-file-name',
      message: `${folder}/ holds articles in ${languages.length} languages by file name (${languages.join(', ')}), as Hugo names translations: each file is published as an article of its own`,
      hint: `The portal is in one language: keep that language's files, named without it (${kept}), and move the others out of content/kb.`,
    });
  }
  return diagnostics;
}

/** The files beside `kbPath` (a path in `kbRoot`) that are its translations by file name: "slack-alerts.en.md" for "slack-alerts.md". */
export function translationsBeside(kbRoot: string, kbPath: string): string[] {
  const name = basename(kbPath).replace(ARTICLE_EXTENSION, '');
  try {
    return readdirSync(join(kbRoot, dirname(kbPath)))
      .filter((file) => translationOf(file)?.base === name)
      .sort();
  } catch {
    return [];
  }
}
