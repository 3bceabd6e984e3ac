import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import QRCode from 'qrcode';

interface Bitmap { width: number; height: number; dark(x: number, y: number): boolean }

/** Enough of PNG for what pdfimages writes: 8-bit grey, RGB or RGBA, not interlaced. */
export function readPng(png: Buffer): Bitmap {
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNG');
      colorType = body[9];
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = left + up - upLeft;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter];
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, dark: (x, y) => pixels[y * stride + x * channels] < 128 };
}

/**
 * Does this image hold the QR symbol of `text`? The symbol qrcode draws for a text is fixed
 * (version, error correction and mask are chosen deterministically), so sampling the centre of
 * every module and comparing with the expected matrix proves the image decodes to that text.
 */
export function qrImageEncodes(image: Bitmap, text: string): boolean {
  const symbol = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = symbol.modules.size;
  const margin = 1;
  const cell = image.width / (size + 2 * margin);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const x = Math.floor((col + margin + 0.5) * cell);
      const y = Math.floor((row + margin + 0.5) * cell);
      if (image.dark(x, y) !== Boolean(symbol.modules.get(row, col))) return false;
    }
  }
  return true;
}

/** The images embedded in a PDF, as pdfimages extracts them. */
export function pdfImages(pdf: Buffer): Bitmap[] {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-img-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  execFileSync('pdfimages', ['-png', join(dir, 'doc.pdf'), join(dir, 'img')]);
  return readdirSync(dir).filter((f) => f.endsWith('.png')).sort().map((f) => readPng(readFileSync(join(dir, f))));
}
