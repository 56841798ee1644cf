// The security tests' HTML scanner must tell markup from text, or those tests prove nothing.
import { describe, expect, it } from 'vitest';
import { findExecutable } from '../helpers/html-scan.ts';

describe('findExecutable', () => {
  it('finds scripts, event handlers and script URLs in markup', () => {
    const kinds = findExecutable('<p>x</p><script>alert(1)</script><img src=x onerror=alert(2)><a href=" javascript:alert(3)">y</a><svg onload=alert(4)>').map((f) => f.kind);
    expect(kinds).toEqual(['script', 'event handler', 'script URL', 'event handler']);
  });
  it('ignores the same text when it is escaped, quoted or inside raw-text elements', () => {
    const html = '<title>A <script>alert(1)</script></title><meta content="x <img src=x onerror=alert(2)>"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script type="application/ld+json">{"a":"<\\/script><script>alert(1)"}</script>';
    expect(findExecutable(html)).toEqual([]);
  });
});
