// Real-looking images for the image-heavy help center (bench/help-center.ts): screenshots of a web
// app drawn as SVG (flat colours, anti-aliased text from the system's fonts, a red callout, some
// at twice the pixels as a Retina screen takes them) and rendered to PNG by sharp, and photos
// (soft shapes, light and grain) encoded as JPEG the way a camera or a phone exports them.
import sharp from 'sharp';
import { capital, Dice, FEATURES, METRICS, MENUS, BUTTONS, person, SETTINGS } from './vocabulary.ts';

const ACCENTS = ['#4f46e5', '#0284c7', '#15803d', '#be185d', '#c2410c', '#7c3aed', '#0f766e'];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export type ScreenshotKind = 'window' | 'dialog' | 'form' | 'table' | 'chart';

/** A screenshot's size: dialogs and crops are small, full windows large, Retina captures twice as large. */
export function screenshotSize(d: Dice): { kind: ScreenshotKind; width: number; height: number; scale: number } {
  const kind = d.pick<ScreenshotKind>(['window', 'window', 'window', 'dialog', 'form', 'table', 'chart']);
  const retina = d.chance(kind === 'window' ? 0.45 : 0.25);
  const logical = kind === 'window' ? d.pick([1024, 1200, 1280, 1200]) : kind === 'dialog' ? d.int(300, 560) : d.int(560, 960);
  const aspect =
    kind === 'window' ? d.pick([1.6, 1.6, 1.78, 1.5]) : kind === 'dialog' ? d.pick([1.1, 1.3, 1.5]) : d.pick([1.4, 1.8, 2.4, 3]);
  const scale = retina ? 2 : 1;
  // 600 px is the narrowest a help center takes, 2,400 the widest.
  const width = Math.min(2400, Math.max(600, logical * scale));
  return { kind, width, height: Math.round(width / aspect), scale: width / logical };
}

interface Canvas {
  d: Dice;
  parts: string[];
  accent: string;
}

const rect = (c: Canvas, x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  c.parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" ${extra}/>`);
const text = (c: Canvas, x: number, y: number, content: string, size = 13, fill = '#1f2937', weight = 400) =>
  c.parts.push(`<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escape(content)}</text>`);
const words = (d: Dice, count: number) => Array.from({ length: count }, () => d.pick(FEATURES)).join(' ');

function topBar(c: Canvas, width: number) {
  rect(c, 0, 0, width, 48, '#111827');
  text(c, 20, 30, 'Lumen', 17, '#ffffff', 700);
  let x = 110;
  for (const item of c.d.some(MENUS, 5)) {
    const label = item.split(' → ')[0]!;
    text(c, x, 30, label, 13, '#d1d5db');
    x += label.length * 8 + 28;
  }
  c.parts.push(`<circle cx="${width - 32}" cy="24" r="14" fill="${c.accent}"/>`);
  text(c, width - 40, 29, person(c.d).slice(0, 1), 13, '#ffffff', 700);
}

function sidebar(c: Canvas, height: number) {
  rect(c, 0, 48, 220, height - 48, '#f3f4f6');
  const items = c.d.some(FEATURES, 12);
  items.forEach((item, n) => {
    const y = 88 + n * 34;
    if (n === 2) rect(c, 8, y - 21, 204, 30, '#e0e7ff', 'rx="6"');
    text(c, 24, y, capital(item), 13, n === 2 ? c.accent : '#374151', n === 2 ? 600 : 400);
  });
}

function button(c: Canvas, x: number, y: number, label: string, primary: boolean) {
  const w = label.length * 7.5 + 28;
  rect(c, x, y, w, 32, primary ? c.accent : '#ffffff', `rx="6" stroke="${primary ? c.accent : '#d1d5db'}"`);
  text(c, x + 14, y + 21, label, 13, primary ? '#ffffff' : '#111827', 500);
  return w;
}

function table(c: Canvas, x: number, y: number, width: number, rows: number) {
  const columns = ['Name', 'Owner', capital(c.d.pick(METRICS)), 'Updated'];
  rect(c, x, y, width, 36, '#f9fafb', 'stroke="#e5e7eb"');
  columns.forEach((column, n) => text(c, x + 16 + (n * width) / columns.length, y + 23, column, 12, '#6b7280', 600));
  for (let r = 0; r < rows; r++) {
    const top = y + 36 + r * 40;
    rect(c, x, top, width, 40, '#ffffff', 'stroke="#e5e7eb"');
    const cells = [
      capital(words(c.d, 2)),
      person(c.d),
      String(c.d.int(3, 98_000).toLocaleString('en')),
      `${c.d.int(1, 28)} ${c.d.pick(['Mar', 'Apr', 'May', 'Jun'])} 2026`,
    ];
    cells.forEach((cell, n) => text(c, x + 16 + (n * width) / columns.length, top + 25, cell, 13, n === 0 ? c.accent : '#374151'));
  }
}

function chart(c: Canvas, x: number, y: number, width: number, height: number) {
  rect(c, x, y, width, height, '#ffffff', 'rx="8" stroke="#e5e7eb"');
  text(c, x + 16, y + 28, capital(c.d.pick(METRICS)), 15, '#111827', 600);
  const bars = c.d.int(8, 16);
  const step = (width - 48) / bars;
  for (let n = 0; n < bars; n++) {
    const h = (height - 90) * (0.2 + 0.8 * c.d.next());
    rect(c, x + 24 + n * step, y + height - 36 - h, step * 0.6, h, n % 3 === 0 ? '#c7d2fe' : c.accent, 'rx="2"');
  }
  rect(c, x + 24, y + height - 36, width - 48, 1, '#9ca3af');
}

function form(c: Canvas, x: number, y: number, width: number, fields: number) {
  c.d.some(SETTINGS, fields).forEach((setting, n) => {
    const top = y + n * 70;
    text(c, x, top, capital(setting), 13, '#374151', 600);
    rect(c, x, top + 10, width, 36, '#ffffff', 'rx="6" stroke="#d1d5db"');
    text(c, x + 12, top + 33, c.d.chance(0.5) ? words(c.d, 2) : String(c.d.int(1, 500)), 13, '#111827');
  });
}

/** A red box around the part of the screen the step is about, as support writers draw them. */
function callout(c: Canvas, width: number, height: number) {
  const w = c.d.int(120, 260);
  const h = c.d.int(36, 90);
  const x = c.d.int(10, Math.max(11, width - w - 10));
  const y = c.d.int(50, Math.max(51, height - h - 10));
  rect(c, x, y, w, h, 'none', 'rx="6" stroke="#ef4444" stroke-width="3"');
}

/** The SVG of one screenshot, `width` × `height` pixels, drawn at `scale` pixels per CSS pixel. */
export function screenshotSvg(d: Dice, kind: ScreenshotKind, width: number, height: number, scale: number): string {
  const w = Math.round(width / scale);
  const h = Math.round(height / scale);
  const c: Canvas = { d, parts: [], accent: d.pick(ACCENTS) };
  rect(c, 0, 0, w, h, '#ffffff');
  if (kind === 'window') {
    topBar(c, w);
    sidebar(c, h);
    text(c, 250, 96, capital(words(d, 2)), 22, '#111827', 700);
    let x = w - 24;
    for (const label of d.some(BUTTONS, 2).reverse()) x -= button(c, x - (label.length * 7.5 + 28), 72, label, x === w - 24) + 10;
    const half = (w - 270) / 2;
    chart(c, 250, 130, half - 10, Math.min(260, h * 0.35));
    chart(c, 250 + half, 130, half - 20, Math.min(260, h * 0.35));
    table(c, 250, 150 + Math.min(260, h * 0.35), w - 280, Math.max(2, Math.floor((h - 200 - Math.min(260, h * 0.35)) / 40)));
  } else if (kind === 'dialog') {
    rect(c, 0, 0, w, h, '#6b7280');
    rect(c, 16, 16, w - 32, h - 32, '#ffffff', 'rx="10"');
    text(c, 36, 56, capital(d.pick(BUTTONS)) + ' ' + d.pick(FEATURES), 17, '#111827', 700);
    form(c, 36, 96, w - 72, Math.max(1, Math.floor((h - 170) / 70)));
    button(c, w - 140, h - 64, d.pick(BUTTONS), true);
  } else if (kind === 'form') {
    text(c, 24, 40, capital(d.pick(FEATURES)) + ' settings', 20, '#111827', 700);
    form(c, 24, 80, Math.min(w - 48, 520), Math.max(1, Math.floor((h - 100) / 70)));
  } else if (kind === 'table') {
    table(c, 16, 16, w - 32, Math.max(2, Math.floor((h - 60) / 40)));
  } else {
    chart(c, 16, 16, w - 32, h - 32);
  }
  if (kind !== 'chart' && d.chance(0.6)) callout(c, w, h);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${w} ${h}" font-family="Liberation Sans, DejaVu Sans, sans-serif">${c.parts.join('')}</svg>`;
}

/** A screenshot as a PNG, encoded as screenshot tools do (zlib, no palette). */
export async function screenshotPng(d: Dice): Promise<{ png: Buffer; width: number; height: number }> {
  const { kind, width, height, scale } = screenshotSize(d);
  const png = await sharp(Buffer.from(screenshotSvg(d, kind, width, height, scale)))
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 6 })
    .toBuffer();
  return { png, width, height };
}

/** A photo (a team, an office, an event): soft shapes under a light gradient, with sensor grain, as a JPEG. */
export async function photoJpeg(d: Dice): Promise<{ jpeg: Buffer; width: number; height: number }> {
  const width = d.pick([1200, 1600, 2000, 2400]);
  const height = Math.round(width / d.pick([1.5, 1.33, 1.78]));
  const hue = d.int(0, 359);
  const blobs = Array.from({ length: d.int(6, 12) }, () => {
    const [x, y, r] = [d.int(0, width), d.int(0, height), d.int(width / 12, width / 4)];
    return `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${Math.round(r * (0.6 + d.next()))}" fill="hsl(${(hue + d.int(-60, 60) + 360) % 360} ${d.int(20, 70)}% ${d.int(25, 75)}%)"/>`;
  });
  // Drawn small and enlarged: the shapes come out soft, as a lens renders what is out of focus.
  const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="${width / 8}" height="${height / 8}" viewBox="0 0 ${width} ${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue} 40% 80%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 30% 35%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${blobs.join('')}</svg>`;
  const soft = await sharp(Buffer.from(scene))
    .resize(width, height, { kernel: 'cubic' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Grain: a little noise on every pixel, as every camera sensor has; it is what makes photos photos for an encoder.
  const pixels = soft.data;
  let state = d.int(1, 2 ** 31);
  for (let i = 0; i < pixels.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    pixels[i] = Math.max(0, Math.min(255, pixels[i]! + ((state & 15) - 7)));
  }
  const jpeg = await sharp(pixels, { raw: { width, height, channels: soft.info.channels } })
    .jpeg({ quality: d.pick([82, 85, 90]) })
    .toBuffer();
  return { jpeg, width, height };
}
