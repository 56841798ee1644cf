// "Did you mean …?" suggestions for misspelt keys, ids and references.

/**
 * The edit distance between `a` and `b`, or `bound + 1` as soon as it is known to be more than
 * `bound`: a suggestion is looked for among every page of a help center for every broken link, and
 * most pages are far from it (13,834 broken links among LibreOffice's 2,563 help pages took 11
 * minutes compared in full).
 */
function distance(a: string, b: string, bound: number): number {
  const over = bound + 1;
  if (Math.abs(a.length - b.length) > bound) return over;
  // Only the cells within `bound` of the diagonal can stay within it (Ukkonen's band).
  let previous = Int32Array.from({ length: b.length + 2 }, (_, j) => (j <= bound ? j : over));
  let current = new Int32Array(b.length + 2);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - bound);
    const to = Math.min(b.length, i + bound);
    current[from - 1] = from === 1 && i <= bound ? i : over;
    let least = current[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = cell;
      if (cell < least) least = cell;
    }
    current[to + 1] = over;
    // No later row is less than this one's least.
    if (least > bound) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}

/** How often each character is in `text` (all past ASCII counted as one, which keeps the bound below true). */
function characterCounts(text: string, counts = new Int32Array(128)): Int32Array {
  counts.fill(0);
  for (let at = 0; at < text.length; at++) counts[Math.min(text.charCodeAt(at), 127)]!++;
  return counts;
}

/** At most the edit distance of two texts: each edit adds or takes away one character, or changes one for another. */
function leastDistance(counts: Int32Array, other: Int32Array): number {
  let more = 0;
  let fewer = 0;
  for (let code = 0; code < 128; code++) {
    const difference = counts[code]! - other[code]!;
    if (difference > 0) more += difference;
    else fewer -= difference;
  }
  return Math.max(more, fewer);
}

/** The most edits a candidate may be from the input to be a likely typo of it. */
const typoLimit = (input: string, candidate: string) => Math.max(2, Math.floor(Math.max(input.length, candidate.length) / 3));

/** A path's folder and last part: "guides/sso" → ["guides", "sso"]. */
const folderAndLeaf = (path: string) => {
  const slash = path.lastIndexOf('/');
  return [path.slice(0, slash + 1), path.slice(slash + 1)] as const;
};

/** The candidate closest to `input`, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestIndex = Infinity;
  const counts = characterCounts(needle);
  const scratch = new Int32Array(128);
  const all = Array.from(candidates);
  const consider = (index: number) => {
    const candidate = all[index]!;
    // Only a candidate as near as the best so far, and near enough, counts; of equals, the first.
    const bound = Math.min(bestDistance, typoLimit(input, candidate));
    if (Math.abs(needle.length - candidate.length) > bound) return;
    const lower = candidate.toLowerCase();
    if (leastDistance(counts, characterCounts(lower, scratch)) > bound) return;
    const d = distance(needle, lower, bound);
    if (d <= bound && (d < bestDistance || index < bestIndex)) {
      best = candidate;
      bestDistance = d;
      bestIndex = index;
    }
  };
  // A path's likely matches first, in its folder or of its name in another folder, so that the
  // best so far bounds every other comparison.
  if (needle.includes('/')) {
    const [folder, leaf] = folderAndLeaf(needle);
    all.forEach((candidate, index) => {
      const [itsFolder, itsLeaf] = folderAndLeaf(candidate.toLowerCase());
      if (itsFolder === folder || itsLeaf === leaf) consider(index);
    });
  }
  for (let index = 0; index < all.length; index++) consider(index);
  return best;
}

/** Whether `a` and `b` differ by at most one typo: a letter added, dropped, changed, or two swapped. */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (a.length !== b.length) {
    const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
    return longer.slice(start + 1) === shorter.slice(start);
  }
  if (a.slice(start + 1) === b.slice(start + 1)) return true;
  return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
}
