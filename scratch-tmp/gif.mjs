import sharp from 'sharp';
const frames = await Promise.all([[255,0,0],[0,255,0],[0,0,255]].map((c) => sharp({ create: { width: 400, height: 300, channels: 3, background: { r: c[0], g: c[1], b: c[2] } } }).png().toBuffer()));
const out = process.argv[2];
await sharp(frames, { join: { animated: true } }).gif({ delay: [500, 500, 500] }).toFile(out);
const m = await sharp(out).metadata();
console.log(m.width, m.height, m.pages, m.pageHeight);
