// The words of the indexed pages, counted and split by length, written beside the search index so
// the browser can correct a one-letter slip ("ssso" → "sso", "webniar" → "webinar") by loading
// only the words of nearby lengths, and only when a search finds nothing.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
export const MIN_WORD = 3;
export const MAX_WORD = 24;

/** Lower-case words of `text`, as a reader would type them. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).filter((word) => word.length >= MIN_WORD && word.length <= MAX_WORD && !/^\d+$/.test(word));
}

/**
 * The words of `text` with how often each occurs, as one string ("invoice:3 seat:1"): a page's
 * words kept in the build cache (src/integration/page-facts.ts) are added without reading the page.
 */
export function countWords(text: string): string {
  const counts = new Map<string, number>();
  for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return Array.from(counts, ([word, count]) => `${word}:${count}`).join(' ');
}

export class Vocabulary {
  private readonly counts = new Map<string, number>();

  add(text: string): void {
    this.addCounted(countWords(text));
  }

  /** Adds the words of a text as countWords gives them. */
  addCounted(counted: string): void {
    if (counted === '') return;
    for (const pair of counted.split(' ')) {
      const colon = pair.lastIndexOf(':');
      const word = pair.slice(0, colon);
      this.counts.set(word, (this.counts.get(word) ?? 0) + Number(pair.slice(colon + 1)));
    }
  }

  /**
   * One JSON file per word length: `[[word, count], …]`, most frequent first; an empty list for a
   * length no word has, so the browser never asks for a file that is not there (a 404 is an error
   * in its console).
   */
  files(): Map<number, string> {
    const byLength = new Map<number, [string, number][]>();
    for (let length = MIN_WORD; length <= MAX_WORD; length++) byLength.set(length, []);
    for (const [word, count] of this.counts) {
      const length = [...word].length;
      let bucket = byLength.get(length);
      if (!bucket) byLength.set(length, (bucket = []));
      bucket.push([word, count]);
    }
    const files = new Map<number, string>();
    for (const [length, bucket] of byLength) {
      bucket.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      files.set(length, JSON.stringify(bucket));
    }
    return files;
  }
}
