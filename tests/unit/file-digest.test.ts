import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { digestOf, fileDigest, keepDigests, readWithDigest, recallDigests, sha256 } from '../../src/lib/file-digest.ts';

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

describe('file digests kept between builds', () => {
  it('are taken from the last build for a file that has not changed since, without reading it', async () => {
    const file = join(folder, 'kept.png');
    writeFileSync(file, 'a screenshot the last build read');
    const { size, mtimeMs, ctimeMs, ino } = statSync(file);
    const kept = join(folder, 'digests-unchanged.json');
    // A digest no reading of the file could give: only the kept one can be the answer.
    writeFileSync(kept, JSON.stringify([[file, { size, mtimeMs, ctimeMs, ino, digest: 'kept-by-the-last-build' }]]));
    recallDigests(kept);
    expect(await digestOf(file)).toEqual({ digest: 'kept-by-the-last-build' });
    expect(fileDigest(file)).toBe('kept-by-the-last-build');
  });

  it('are not taken for a file changed since, even with its size and modification time as they were', async () => {
    const file = join(folder, 'changed.png');
    writeFileSync(file, 'version A');
    const before = statSync(file);
    await new Promise((resolve) => setTimeout(resolve, 30)); // past a tick of the file system's clock
    writeFileSync(file, 'version B');
    const after = statSync(file);
    expect(after.ctimeMs).not.toBe(before.ctimeMs);
    // What the last build kept, had a tool put the old modification time back: only the change time differs.
    const { size, mtimeMs, ino } = after;
    const kept = join(folder, 'digests-changed.json');
    writeFileSync(kept, JSON.stringify([[file, { size, mtimeMs, ctimeMs: before.ctimeMs, ino, digest: 'kept-by-the-last-build' }]]));
    recallDigests(kept);
    const found = await digestOf(file);
    expect(found.digest).toBe(sha256(Buffer.from('version B')));
    expect(Buffer.from(found.bytes!).toString()).toBe('version B');
  });

  it('leave out a file read within two seconds of a change, which the next build reads again', () => {
    const settled = join(folder, 'settled.md');
    const fresh = join(folder, 'fresh.md');
    writeFileSync(settled, 'an article saved a while ago');
    vi.useFakeTimers({ now: Date.now() + 5_000 });
    try {
      fileDigest(settled);
    } finally {
      vi.useRealTimers();
    }
    writeFileSync(fresh, 'an article saved just now');
    fileDigest(fresh);
    const kept = join(folder, 'digests-kept.json');
    keepDigests(kept);
    const paths = (JSON.parse(readFileSync(kept, 'utf8')) as [string, unknown][]).map(([path]) => path);
    expect(paths).toContain(settled);
    expect(paths).not.toContain(fresh);
  });

  it('start from nothing when the kept file is missing or damaged', async () => {
    const damaged = join(folder, 'digests-damaged.json');
    writeFileSync(damaged, '[["half a line');
    recallDigests(damaged);
    recallDigests(join(folder, 'no-such-file.json'));
    const file = join(folder, 'after-damage.png');
    writeFileSync(file, 'read as usual');
    expect((await digestOf(file)).digest).toBe(sha256(Buffer.from('read as usual')));
  });
});
