// Reading what a content file says about itself before it is read as content (its start, or its
// text for a glance), where a file that cannot be read is no answer: the validator reports it when
// it reads the file (files.ts readSourceText).
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** A file's text, or undefined when it cannot be read. */
export function textIfReadable(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The first bytes of a file, or undefined when it cannot be read or, with `whole`, when it is longer. */
export function fileStart(file: string, bytes: number, { whole = false } = {}): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (whole && fstatSync(fd).size > bytes) return undefined;
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The start of a file as text, "" when it cannot be read: enough for what a page's head and first lines say. */
export const startText = (file: string, bytes = 8 * 1024): string => fileStart(file, bytes)?.toString('latin1') ?? '';
