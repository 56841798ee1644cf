// HTML articles converted to Markdown once per version of the file in a build (src/content/html-conversions.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertedHtmlArticle, HTML_CACHE_FOLDER, htmlCacheEnv } from '../../src/content/html-conversions.ts';

const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(join(tmpdir(), 'milepost-html-cache-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const PAGE =
  '<html><head><title>Reset your password</title></head><body><main><h1>Reset your password</h1><p>Open <b>Settings</b>.</p></main></body></html>';

describe('convertedHtmlArticle', () => {
  it('converts a page once: the next reader of the same HTML gets what the first wrote', () => {
    const folder = scratch();
    const first = convertedHtmlArticle(PAGE, folder);
    expect(first.markdown).toBe('# Reset your password\n\nOpen **Settings**.\n');
    const [kept] = readdirSync(folder);
    expect(readdirSync(folder)).toHaveLength(1);
    // What the next process reads is the kept file, not a conversion of its own.
    writeFileSync(join(folder, kept!), JSON.stringify({ ...first, markdown: 'as kept\n' }));
    expect(convertedHtmlArticle(PAGE, folder).markdown).toBe('as kept\n');
    // Another version of the page is converted again.
    expect(convertedHtmlArticle(PAGE.replace('Settings', 'Account'), folder).markdown).toContain('Open **Account**.');
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('shares one conversion between the page as written and trimmed (the content sync reads it so), each with its own line origins', () => {
    const folder = scratch();
    const written = `\n\n  ${PAGE.replace('<p>', '\n<p>')}\n`;
    expect(convertedHtmlArticle(written.trim(), folder).markdown).toBe('# Reset your password\n\nOpen **Settings**.\n');
    const fromCache = convertedHtmlArticle(written, folder);
    expect(readdirSync(folder)).toHaveLength(1);
    const fresh = convertedHtmlArticle(written, undefined);
    expect(fromCache).toEqual(fresh);
    expect(written.slice(fresh.lineOrigins[2]!)).toMatch(/^Open <b>Settings/);
  });

  it('converts as it would without a cache when the folder cannot be written, or when there is none', () => {
    const blocked = join(scratch(), 'file');
    writeFileSync(blocked, '');
    expect(convertedHtmlArticle(PAGE, join(blocked, 'cache')).markdown).toBe('# Reset your password\n\nOpen **Settings**.\n');
    expect(convertedHtmlArticle(PAGE, undefined).markdown).toBe('# Reset your password\n\nOpen **Settings**.\n');
  });
});

describe('htmlCacheEnv', () => {
  it('keeps conversions in a folder of the converting code, removing those of other code and starting over when it outgrows the site', () => {
    const root = scratch();
    const folder = htmlCacheEnv(root, 10, {}).MILEPOST_HTML_CACHE!;
    expect(folder.startsWith(join(root, HTML_CACHE_FOLDER))).toBe(true);
    mkdirSync(join(root, HTML_CACHE_FOLDER, 'older-code'), { recursive: true });
    convertedHtmlArticle(PAGE, folder);
    expect(htmlCacheEnv(root, 10, {}).MILEPOST_HTML_CACHE).toBe(folder);
    expect(readdirSync(join(root, HTML_CACHE_FOLDER))).toEqual([folder.split('/').pop()]);
    expect(readdirSync(folder)).toHaveLength(1);
    for (let n = 0; n < 1_021; n++) writeFileSync(join(folder, `${n}.json`), '{}');
    htmlCacheEnv(root, 10, {});
    expect(() => readFileSync(join(folder, '0.json'))).toThrow();
    // A folder set by whoever runs the build is theirs.
    expect(htmlCacheEnv(root, 10, { MILEPOST_HTML_CACHE: '/elsewhere' })).toEqual({});
  });
});
