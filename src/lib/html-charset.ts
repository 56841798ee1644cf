// The text of an HTML file in the encoding it declares, as a browser reads it: pages saved from an
// older help center are often Windows-1252 or ISO-8859-1 (Shift_JIS, EUC-JP or GBK in Asia), with
// a <meta charset> or a Content-Type <meta> saying so, or UTF-16 with a byte order mark.

/** How far into the file a browser looks for the declaration (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;

const CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The encoding `bytes` say they are in: a byte order mark, else a <meta> in the first kilobyte. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Latin-1 maps each byte to one character: the declaration is ASCII in any encoding it names.
  return CHARSET.exec(Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1'))?.[1]?.toLowerCase();
}

/**
 * The text of an HTML file: UTF-8 when it is valid UTF-8, else in the encoding it declares;
 * undefined when it is neither (or declares one this Node.js cannot read).
 */
export function decodeHtml(bytes: Uint8Array): string | undefined {
  const charset = declaredCharset(bytes);
  if (!charset?.startsWith('utf-16')) {
    try {
      return utf8.decode(bytes);
    } catch {
      // Not UTF-8, whatever it says: read as it declares.
    }
  }
  if (!charset || charset === 'utf-8' || charset === 'utf8') return undefined;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return undefined;
  }
}
