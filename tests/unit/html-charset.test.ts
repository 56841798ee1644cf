// HTML files read in the encoding they declare, as a browser reads them: pages saved from older
// help centers are often Windows-1252, Shift_JIS or UTF-16.
import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset } from '../../src/lib/html-charset.ts';

const page = (charsetTag: string, body: string) => `<html><head>${charsetTag}<title>t</title></head><body>${body}</body></html>`;

/** `html` with the bytes of `characters[n]` (in a legacy encoding) where `{n}` stands. */
const encoded = (html: string, characters: number[][]) =>
  Buffer.concat(
    html.split(/\{(\d+)\}/).map((part, index) => (index % 2 === 1 ? Buffer.from(characters[Number(part)]!) : Buffer.from(part, 'ascii'))),
  );

describe('decodeHtml', () => {
  it('reads a page in the encoding its <meta charset> or Content-Type <meta> names', () => {
    const cp1252 = encoded(page('<meta charset="windows-1252">', '<p>{0}29 a seat {1} {2}reverse charge{3}</p>'), [
      [0x80],
      [0x96],
      [0x93],
      [0x94],
    ]);
    expect(decodeHtml(cp1252)).toContain('<p>€29 a seat – “reverse charge”</p>');
    const latin1 = encoded(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">', '<p>Caf{0}</p>'), [[0xe9]]);
    expect(decodeHtml(latin1)).toContain('<p>Café</p>');
  });

  it('reads Shift_JIS, and UTF-16 by its byte order mark', () => {
    const japanese = encoded(page('<meta charset="Shift_JIS">', '<p>{0}</p>'), [[0x90, 0xbf, 0x8b, 0x81]]);
    expect(decodeHtml(japanese)).toContain('<p>請求</p>');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', '<p>Ünïcode</p>'), 'utf16le')]);
    expect(declaredCharset(utf16)).toBe('utf-16le');
    expect(decodeHtml(utf16)).toBe(page('', '<p>Ünïcode</p>'));
  });

  it('keeps a page that is valid UTF-8 as UTF-8, whatever it declares (a browser saves it so)', () => {
    expect(decodeHtml(Buffer.from(page('<meta charset="windows-1252">', '<p>Café €</p>')))).toContain('<p>Café €</p>');
  });

  it('reads nothing from a page that is not UTF-8 and declares no encoding, or one unknown', () => {
    expect(decodeHtml(encoded(page('', '<p>Caf{0}</p>'), [[0xe9]]))).toBeUndefined();
    expect(decodeHtml(encoded(page('<meta charset="klingon-8">', '<p>Caf{0}</p>'), [[0xe9]]))).toBeUndefined();
  });
});
