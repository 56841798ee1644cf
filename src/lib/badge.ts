// Certification badges drawn as SVG from a level's name and colour: a medal in the level colour
// with a ribbon, and text whose colour keeps WCAG AA contrast against it.
import { escapeXml } from './escape.ts';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function textColourOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111827') ? '#ffffff' : '#111827';
}

/** Splits a name into at most two lines of about 14 characters. */
function lines(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  for (const word of words) {
    const last = out.at(-1);
    if (last !== undefined && out.length > 0 && (last + ' ' + word).length <= 14) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length > 2 ? [out[0]!, out.slice(1).join(' ')] : out;
}

export function badgeSvg({ name, programTitle, colour, size = 160 }: { name: string; programTitle: string; colour: string; size?: number }): string {
  const ink = textColourOn(colour);
  const title = escapeXml(`${name} badge, ${programTitle}`);
  const nameLines = lines(name);
  const firstY = nameLines.length === 1 ? 88 : 80;
  const text = nameLines.map((line, index) => `<text x="80" y="${firstY + index * 17}" font-size="15" font-weight="700" text-anchor="middle" fill="${ink}">${escapeXml(line)}</text>`).join('');
  return [
    // data-pictorial: the words on a badge are part of its picture; pages write the level name beside it.
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 190" width="${size}" height="${Math.round((size * 190) / 160)}" role="img" aria-label="${title}" data-pictorial="">`,
    `<title>${title}</title>`,
    `<path d="M52 130 L38 186 L62 172 L76 188 L84 136 Z" fill="${colour}" opacity="0.75"/>`,
    `<path d="M108 130 L122 186 L98 172 L84 188 L76 136 Z" fill="${colour}" opacity="0.75"/>`,
    `<circle cx="80" cy="80" r="74" fill="${colour}"/>`,
    `<circle cx="80" cy="80" r="64" fill="none" stroke="${ink}" stroke-opacity="0.55" stroke-width="2"/>`,
    `<g font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    // The program's name on the ring is only drawn where the badge is large enough to read it.
    size >= 120 ? `<text x="80" y="54" font-size="8.5" letter-spacing="1" text-anchor="middle" fill="${ink}">${escapeXml(programTitle.toUpperCase().slice(0, 24))}</text>` : '',
    text,
    `<text x="80" y="122" font-size="16" text-anchor="middle" fill="${ink}">★</text>`,
    `</g></svg>`,
  ].join('');
}
