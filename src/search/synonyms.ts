// Search synonyms from site.yaml, applied at index time: a page that says "sign in" is also
// found by "login", because the words its readers might type are indexed with it.

export type SynonymGroups = readonly (readonly string[])[];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One matcher per group, compiled once per build. */
export function compileSynonyms(groups: SynonymGroups) {
  return groups.map((group) => ({
    terms: group,
    patterns: group.map((term) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u')),
  }));
}

/** The synonyms `text` does not contain yet, for every group it mentions at least one term of. */
export function missingSynonyms(text: string, compiled: ReturnType<typeof compileSynonyms>): string[] {
  const lower = text.toLowerCase();
  const missing: string[] = [];
  for (const { terms, patterns } of compiled) {
    const present = patterns.map((pattern) => pattern.test(lower));
    if (!present.some(Boolean)) continue;
    terms.forEach((term, index) => {
      if (!present[index]) missing.push(term);
    });
  }
  return missing;
}
