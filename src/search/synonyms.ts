// Search synonyms from site.yaml, applied at index time: a page that says "sign in" is also
// found by "login", because the words its readers might type are indexed with it. Beside the
// site's own groups, the words customers of any product use for the same thing
// (default-synonyms.json: "remove" for "delete", "receipt" for "invoice", "change" for "update"),
// unless site.yaml sets search.defaultSynonyms: false.
import DEFAULT_SYNONYMS from './default-synonyms.json' with { type: 'json' };

export type SynonymGroups = readonly (readonly string[])[];

/**
 * The site's groups, then each default group that shares no term with one of them: the site's
 * own word for a thing wins.
 */
export function synonymGroups(site: SynonymGroups, withDefaults = true): SynonymGroups {
  if (!withDefaults) return site;
  const taken = new Set(site.flat().map((term) => term.toLowerCase()));
  return [...site, ...DEFAULT_SYNONYMS.filter((group) => !group.some((term) => taken.has(term.toLowerCase())))];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point at `index` (a UTF-16 position, possibly past the end) is a letter or digit. */
function isLetterOrDigit(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

/** Where the code point that ends just before `index` starts: a character outside the BMP is two UTF-16 units. */
function codePointStartBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
}

/**
 * Whether `text` contains `term` as a whole word or phrase: no letter or digit right before or
 * after it ("sso" in "SSO login", not in "lasso"), or after it one of `endings` and then none.
 * Both are lower case. A substring search with a look at its two neighbours, not a regular
 * expression per term: a pattern with Unicode letter classes costs about half a millisecond to
 * compile, and the built-in groups have 99 terms.
 */
export function containsTerm(text: string, term: string, endings: readonly string[] = []): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (at > 0 && isLetterOrDigit(text, codePointStartBefore(text, at))) continue;
    const end = at + term.length;
    if (!isLetterOrDigit(text, end)) return true;
    if (endings.some((ending) => text.startsWith(ending, end) && !isLetterOrDigit(text, end + ending.length))) return true;
  }
  return false;
}

/** Endings a page may write a term with: "invoices", "exported", "updated". */
const INFLECTIONS = ['s', 'es', 'ed', 'd'];

/**
 * Whether `text` mentions `term` as a whole word or with one of its plain endings ("invoices" for
 * "invoice", "exported" for "export"): a page that only says "Download invoices" is also found by
 * "receipts".
 */
export const mentionsTerm = (text: string, term: string): boolean => containsTerm(text, term, INFLECTIONS);

/** Each group with its terms in lower case, once per build. */
export function compileSynonyms(groups: SynonymGroups) {
  return groups.map((group) => ({ terms: group, lowerTerms: group.map((term) => term.toLowerCase()) }));
}

/** The synonyms `text` does not contain yet, for every group it mentions at least one term of. */
export function missingSynonyms(text: string, compiled: ReturnType<typeof compileSynonyms>): string[] {
  const lower = text.toLowerCase();
  const missing: string[] = [];
  for (const { terms, lowerTerms } of compiled) {
    const present = lowerTerms.map((term) => mentionsTerm(lower, term));
    if (!present.some(Boolean)) continue;
    terms.forEach((term, index) => {
      if (!present[index]) missing.push(term);
    });
  }
  return missing;
}
