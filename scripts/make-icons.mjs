// Draws the Minutebook mark (an open minute book: ruled lines on the left page, a tick on the right)
// and writes assets/icon-<size>.png. Node only: shapes are distance functions sampled 4×4 per pixel for
// anti-aliasing, and the PNG is encoded here (zlib + CRC-32), so no image library is needed.
// Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 64, 80, 128];
// #1B4F9C on white is about 7.9:1: legible on light ribbons; the white pages keep it visible on dark ones.
const BLUE = [0x1b, 0x4f, 0x9c];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (width*height*4) → PNG bytes, colour type 6, filter 0 on every row. */
export function encodePng(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
}

/** The mark in unit coordinates; small sizes get fewer, bolder strokes so they stay readable. */
function colourAt(x, y, size) {
  const small = size <= 16;
  const stroke = small ? 0.05 : 0.035;
  if (!inRoundedRect(x, y, 0.03, 0.12, 0.97, 0.9, 0.08)) return null;
  const leftPage = inRoundedRect(x, y, 0.09, 0.18, 0.47, 0.84, 0.03);
  const rightPage = inRoundedRect(x, y, 0.53, 0.18, 0.91, 0.84, 0.03);
  if (!leftPage && !rightPage) return BLUE;
  if (leftPage) {
    const rows = small ? [0.38, 0.62] : [0.34, 0.49, 0.64];
    const ruled = rows.some((ry) => nearSegment(x, y, [0.16, ry], [0.4, ry], stroke));
    return ruled ? BLUE : WHITE;
  }
  const tickWidth = small ? 0.065 : 0.05;
  const tick =
    nearSegment(x, y, [0.6, 0.52], [0.68, 0.66], tickWidth) ||
    nearSegment(x, y, [0.68, 0.66], [0.84, 0.34], tickWidth);
  return tick ? BLUE : WHITE;
}

export function renderMark(size, samples = 4) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            size,
          );
          if (!colour) continue;
          covered++;
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const i = (py * size + px) * 4;
      if (covered === 0) continue;
      rgba[i] = Math.round(r / covered);
      rgba[i + 1] = Math.round(g / covered);
      rgba[i + 2] = Math.round(b / covered);
      rgba[i + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, renderMark(size));
    console.log(`wrote ${file}`);
  }
}
