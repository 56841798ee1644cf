import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileDigest, readWithDigest, sha256 } from '../../src/lib/file-digest.ts';

const folder = mkdtempSync(join(tmpdir(), 'milepost-digest-'));

describe('file digests', () => {
  it('are the SHA-256 of the bytes, the same read either way', async () => {
    const file = join(folder, 'shot.png');
    writeFileSync(file, 'first screenshot');
    const read = await readWithDigest(file);
    expect(Buffer.from(read.bytes).toString()).toBe('first screenshot');
    expect(read.digest).toBe(sha256(Buffer.from('first screenshot')));
    expect(fileDigest(file)).toBe(read.digest);
  });

  it('follow a file that is replaced by one of the same size', () => {
    const file = join(folder, 'same-size.png');
    writeFileSync(file, 'version A');
    const before = fileDigest(file);
    writeFileSync(file, 'version B');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000)); // a modification time of its own, whatever the clock's step
    expect(fileDigest(file)).toBe(sha256(Buffer.from('version B')));
    expect(fileDigest(file)).not.toBe(before);
  });

  it('throw for a file that cannot be read', async () => {
    expect(() => fileDigest(join(folder, 'missing.png'))).toThrow(/ENOENT/);
    await expect(readWithDigest(join(folder, 'missing.png'))).rejects.toThrow(/ENOENT/);
  });
});
