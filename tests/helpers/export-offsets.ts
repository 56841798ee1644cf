// What every rewrite of other tools' syntax must keep (src/markdown/export-syntax.ts): each offset
// of the rewritten text maps into the file as written, and the starts of lines map in order, so
// every problem is reported at a place in the file, in the file's order.
import { expect } from 'vitest';
import type { ExportSyntax } from '../../src/markdown/export-syntax.ts';

export function expectOffsetsInOrder(source: string, { text, originalOffset }: Pick<ExportSyntax, 'text' | 'originalOffset'>): void {
  let previous = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    const mapped = originalOffset(offset);
    expect(mapped).toBeGreaterThanOrEqual(0);
    expect(mapped).toBeLessThanOrEqual(source.length);
    // Within a rewritten line offsets may stay put; from line to line they never go back.
    if (text[offset - 1] === '\n') {
      expect(mapped).toBeGreaterThanOrEqual(previous);
      previous = mapped;
    }
  }
}
