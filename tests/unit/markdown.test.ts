// Markdown from YAML fields is rendered for customers: no executable HTML survives, unsafe links
// are dropped to their text, outside links get rel="noopener noreferrer".
import { describe, expect, it } from 'vitest';
import { isSafeUrl, renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown.ts';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](java\tscript:alert(1))',
  '"><svg onload=alert(1)>',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe src="https://evil.example"></iframe>',
];

function executable(html: string): string[] {
  const found: string[] = [];
  if (/<script\b/i.test(html)) found.push('script element');
  if (/<(img|svg|iframe|a|body|div)\b[^>]*\son\w+=/i.test(html)) found.push('event handler attribute');
  if (/<(iframe|object|embed)\b/i.test(html)) found.push('embedding element');
  if (/<[a-z][^>]*\b(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(html)) found.push('script URL');
  return found;
}

describe('renderMarkdown', () => {
  for (const payload of PAYLOADS) {
    it(`leaves nothing executable of ${JSON.stringify(payload)}`, () => {
      expect(executable(renderMarkdown(payload))).toEqual([]);
      expect(executable(renderInlineMarkdown(`Text ${payload}`))).toEqual([]);
    });
  }

  it('shows raw HTML as text instead of dropping it', () => {
    expect(renderMarkdown('Press <kbd>Ctrl</kbd>')).toContain('&lt;kbd&gt;Ctrl&lt;/kbd&gt;');
  });

  it('keeps ordinary Markdown', () => {
    expect(renderMarkdown('**Bold** and a [link](https://example.com)\n\n- one\n- two')).toBe(
      '<p><strong>Bold</strong> and a <a href="https://example.com" rel="noopener noreferrer">link</a></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('puts the base path in front of links inside the portal', () => {
    expect(renderInlineMarkdown('See [FAQ](/faq/#billing)', { base: '/docs/' })).toBe('See <a href="/docs/faq/#billing">FAQ</a>');
  });
});

describe('isSafeUrl', () => {
  it('allows https, http, mailto and relative URLs only', () => {
    expect(['https://a.example', 'http://a.example', 'mailto:a@b.example', '/kb/x/', '#top', '../x.md'].every(isSafeUrl)).toBe(true);
    expect(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'java\nscript:x'].some(isSafeUrl)).toBe(false);
  });
});
