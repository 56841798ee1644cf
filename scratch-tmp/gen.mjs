import sharp from 'sharp';
import { writeFileSync } from 'node:fs';
const D = process.argv[2] + '/img/';
const grad = (w, h, ch = 3) => sharp({ create: { width: w, height: h, channels: ch, background: { r: 30, g: 120, b: 200, alpha: 0.5 } } });
// animated GIF: 3 frames
const frames = [];
for (const c of [[255,0,0],[0,255,0],[0,0,255]]) frames.push(await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: c[0], g: c[1], b: c[2] } } }).raw().toBuffer());
await sharp(Buffer.concat(frames), { raw: { width: 400, height: 900, channels: 3 } }).gif({ pageHeight: 300 }).toFile(D + 'animated.gif').catch(e => console.log('gif', e.message));
await sharp(Buffer.concat(frames), { raw: { width: 400, height: 900, channels: 3 } }).toFormat('gif').toBuffer().then(b => sharp(b, { pages: -1 }).metadata()).then(m => console.log('gif pages', m.pages)).catch(()=>{});
// EXIF rotated JPEG (orientation 6), 1600x1200 stored
await grad(1600, 1200).composite([{ input: Buffer.from('<svg width="1600" height="1200"><rect x="0" y="0" width="400" height="100" fill="red"/></svg>') }]).jpeg().withMetadata({ orientation: 6 }).toFile(D + 'rotated.jpg');
// CMYK JPEG
await grad(1200, 800).toColourspace('cmyk').jpeg().toFile(D + 'cmyk.jpg').catch(e => console.log('cmyk', e.message));
// 16-bit PNG
await grad(1000, 700).toColourspace('rgb16').png().toFile(D + 'sixteen.png').catch(e => console.log('16', e.message));
// alpha PNG
await grad(900, 600, 4).png().toFile(D + 'alpha.png');
// 1x1
await grad(1, 1).png().toFile(D + 'pixel.png');
// huge flat PNG
await grad(8000, 6000).png({ palette: true }).toFile(D + 'huge.png');
// corrupt PNG (truncated)
const good = await grad(800, 600).png().toBuffer(); writeFileSync(D + 'corrupt.png', good.subarray(0, 100));
// uppercase ext, spaces and unicode name
await grad(1000, 600).png().toFile(D + 'Screen Shot 2024-01-05 at 10.15.PNG');
await grad(1000, 600).png().toFile(D + 'réglages équipe.png');
// AVIF
await grad(1000, 600).avif().toFile(D + 'photo.avif').catch(e => console.log('avif', e.message));
// TIFF and BMP-ish (tiff)
await grad(1000, 600).tiff().toFile(D + 'scan.tiff');
// SVG
writeFileSync(D + 'diagram.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="600" height="300" fill="#eee"/><text x="20" y="40">Flow</text></svg>');
console.log('ok');
