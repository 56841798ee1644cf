// What `npm run build` prints. A CS editor reads the build log in a pull request: JavaScript
// stack traces there look like a crash, so the Astro process's output is passed on without
// them (frames and "Stack trace:" headings) unless DEBUG=milepost or --verbose asks for them.
import { Transform, type TransformCallback } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import type { Published } from '../integration/publish.ts';

const FRAME = /^\s+at\s.+(\(.+:\d+:\d+\)|:\d+:\d+)$|^\s+at\s(async\s)?[\w.<>$ ]+$/;
const HEADING = /^\s*Stack trace:\s*$/;

export function wantsTraces(args: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return args.includes('--verbose') || /(^|,)\s*milepost\b/.test(env.DEBUG ?? '');
}

/** A line filter that drops stack-trace lines, for the Astro process's stdout and stderr. */
export function withoutStackTraces(): Transform {
  let pending = '';
  const keep = (line: string) => {
    const plain = stripVTControlCharacters(line);
    return !FRAME.test(plain) && !HEADING.test(plain);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop()!;
      done(null, lines.filter(keep).map((line) => `${line}\n`).join(''));
    },
    flush(done: TransformCallback) {
      done(null, pending && keep(pending) ? pending : '');
    },
  });
}

/** The search index of a publication, in the build log's words. */
export function describeIndex({ indexed, kept, ahead }: Published): string {
  if (kept) return `search index of ${indexed} pages kept (no indexed page changed)`;
  return ahead > 0 ? `${indexed} pages indexed for search (${ahead} of them while Astro built)` : `${indexed} pages indexed for search`;
}
