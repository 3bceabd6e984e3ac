// Measures what a first visit downloads: index.html and every script, preload and stylesheet it
// names, compressed as a server would send them (gzip and brotli). Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dir = join(import.meta.dirname, '..', 'dist', 'portal-ui', 'browser');
const index = readFileSync(join(dir, 'index.html'));
const names = [...index.toString().matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const rows = [['index.html', index], ...names.map((name) => [name, readFileSync(join(dir, name))])];
let raw = 0, gzip = 0, brotli = 0;
for (const [name, content] of rows) {
  const g = gzipSync(content, { level: 9 }).length;
  const b = brotliCompressSync(content).length;
  raw += content.length; gzip += g; brotli += b;
  console.log(`${name.padEnd(28)} ${String(content.length).padStart(8)} B  gzip ${String(g).padStart(7)} B  brotli ${String(b).padStart(7)} B`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Initial load: ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (goal: under 250 KB transferred)`);
if (gzip > 250 * 1024) process.exitCode = 1;
