// Digests of the code a cache was made with (src/lib/code-digest.ts): a change to any file of a
// folder, in a subfolder too, makes a new digest, so a kept cache is not served as current.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest } from '../../src/lib/code-digest.ts';

describe('codeDigest', () => {
  it('changes with a file in a subfolder of a folder, and only then', () => {
    const folder = mkdtempSync(join(tmpdir(), 'milepost-code-'));
    mkdirSync(join(folder, 'question-words'));
    writeFileSync(join(folder, 'query.ts'), 'export const a = 1;\n');
    writeFileSync(join(folder, 'question-words/en.json'), '{"stop": "a an"}\n');
    const before = codeDigest([`${folder}/`]);
    expect(codeDigest([`${folder}/`])).toBe(before);
    writeFileSync(join(folder, 'question-words/en.json'), '{"stop": "a an the"}\n');
    expect(codeDigest([`${folder}/`])).not.toBe(before);
  });
});
