import { describe, expect, it } from 'vitest';
import { hasImageMarkers, replaceImageMarkers, type ImageMarker } from '../../src/markdown/image-markers.ts';

/** A marker as Astro's Markdown step writes it: the image's attributes as JSON, "&" and quotes as entities. */
const marker = (properties: Record<string, unknown>) =>
  `<img __ASTRO_IMAGE_="${JSON.stringify(properties).replace(/&/g, '&#x26;').replace(/"/g, '&#x22;')}">`;

describe('replaceImageMarkers', () => {
  it('writes the Markdown alt text and the offered files into the image', async () => {
    const html = `<p>${marker({ alt: 'The dashboard', src: './img/dashboard.png', index: 0 })}</p>`;
    const replaced = await replaceImageMarkers(html, async () => [
      ['width', 760],
      ['height', 475],
      ['src', '/_astro/dashboard.abc-760.webp'],
    ]);
    expect(replaced).toBe('<p><img alt="The dashboard" width="760" height="475" src="/_astro/dashboard.abc-760.webp"></p>');
    expect(hasImageMarkers(replaced)).toBe(false);
  });

  it('writes a class once: Astro leaves it on the image beside the marker', async () => {
    const html = marker({ className: ['inline-icon'], alt: '', src: './img/logo.png', index: 0 }).replace('<img ', '<img class="inline-icon" ');
    const replaced = await replaceImageMarkers(html, async () => [['src', '/_astro/logo.png']]);
    expect(replaced).toBe('<img class="inline-icon" alt="" src="/_astro/logo.png">');
  });

  it('hands the path as written, decoded, and escapes alt text so it cannot end the attribute', async () => {
    const asked: ImageMarker[] = [];
    const html = marker({ alt: 'Say "hi" & <wave>', title: "Tom's view", src: './img/a b.png', index: 0 });
    const replaced = await replaceImageMarkers(html, async (found) => {
      asked.push(found);
      return [['src', '/a.webp']];
    });
    expect(asked).toEqual([{ src: './img/a b.png', attributes: { alt: 'Say "hi" & <wave>', title: "Tom's view" } }]);
    expect(replaced).toBe('<img alt="Say &quot;hi&quot; &amp; &lt;wave&gt;" title="Tom&apos;s view" src="/a.webp">');
  });

  it('fills in an image shown twice, and leaves one it gets nothing for (a remote image) to Astro', async () => {
    const first = marker({ alt: 'Chart', src: './chart.png', index: 0 });
    const again = marker({ alt: 'Chart', src: './chart.png', index: 1 });
    const remote = marker({ alt: 'Logo', src: 'https://cdn.example.com/logo.png', index: 0 });
    const replaced = await replaceImageMarkers(`${first}${again}${remote}`, async ({ src }) =>
      src.startsWith('https:') ? undefined : [['src', '/chart.webp']],
    );
    expect(replaced).toBe(`<img alt="Chart" src="/chart.webp"><img alt="Chart" src="/chart.webp">${remote}`);
    expect(hasImageMarkers(replaced)).toBe(true);
  });
});
