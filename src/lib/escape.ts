// Escaping for text placed into hand-built HTML or XML (badges, feeds, sitemaps).

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

export const escapeHtml = escapeXml;

const ENTITY = /&(#x[0-9a-f]+|#\d+|quot|apos|amp|lt|gt|nbsp);/gi;
const NAMED: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };

/** Text of an HTML attribute value as written: numeric references and the entities escapeHtml writes (and &nbsp;) decoded. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(ENTITY, (_, entity: string) =>
    entity.startsWith('#')
      ? String.fromCodePoint(Number.parseInt(entity.slice(/^#x/i.test(entity) ? 2 : 1), /^#x/i.test(entity) ? 16 : 10))
      : NAMED[entity.toLowerCase()]!,
  );
}

/**
 * A percent-encoded address decoded (`decodeURIComponent`, or `decodeURI` for a whole URL), or
 * undefined where it cannot be (a stray "%"): links as exports write them are not always valid.
 */
export function tryDecode(text: string, decode: (text: string) => string = decodeURIComponent): string | undefined {
  try {
    return decode(text);
  } catch {
    return undefined;
  }
}

/**
 * JSON for a <script type="application/…json"> element: "<" is written as \u003c, so text such
 * as "</script><script>…" in content can never close the element and start markup of its own.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
