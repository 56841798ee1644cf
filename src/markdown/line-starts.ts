// Where the lines of a text start, and which line an offset falls on: how the passes that rewrite
// other tools' syntax line by line (export-syntax.ts, readme-blocks.ts) map offsets back.

/** The offset each line starts at, and one past the last line's end. */
export function lineStarts(rows: readonly string[], eolLength: number): number[] {
  const found = [0];
  for (const row of rows) found.push(found.at(-1)! + row.length + eolLength);
  return found;
}

/** The last of the `count` lines starting at or before `offset`. */
export function lineAt(starts: readonly number[], count: number, offset: number): number {
  let [low, high] = [0, count - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
