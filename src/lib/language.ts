// The language a portal is written in, as a BCP 47 tag for <html lang>: screen readers read the
// pages in it, and Pagefind stems its words by it ("Rechnungen" finds "Rechnung"). A help center
// brought in from Zendesk or Hugo says it in each article's frontmatter (`locale: de`,
// `lang: fr-FR`); the most common one is the portal's when site.yaml names none.

/** "en-us" → "en-US", "pt_BR" → "pt-BR"; undefined for what is not a language tag. */
export function languageTag(written: unknown): string | undefined {
  if (typeof written !== 'string' || !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(written.trim())) return undefined;
  try {
    return Intl.getCanonicalLocales(written.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** A tag's primary language subtag, lower case: "pt-BR" → "pt", "zh-Hant-TW" → "zh". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/** The tag most of `written` name (the first of equals), undefined when none is a language tag. */
export function mostCommonLanguage(written: readonly unknown[]): string | undefined {
  const counts = new Map<string, number>();
  for (const tag of written.map(languageTag)) if (tag) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Which way the language is written, for <html dir>: Arabic, Hebrew, Persian and Urdu help
 * centers read right to left, and the portal's layout (logical CSS properties) follows.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
