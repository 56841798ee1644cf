// Escaping for text placed into hand-built HTML or XML (badges, feeds, sitemaps).

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

export const escapeHtml = escapeXml;

/**
 * JSON for a <script type="application/…json"> element: "<" is written as \u003c, so text such
 * as "</script><script>…" in content can never close the element and start markup of its own.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
