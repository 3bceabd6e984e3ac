import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findOnPath, resolveChromium, unpackedHeadlessShell } from './chromium';

describe('which Chromium prints PDFs', () => {
  it('takes CHROMIUM_PATH first, and refuses one that is not executable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-chromium-'));
    writeFileSync(join(dir, 'chrome'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(dir, 'not-executable'), '', { mode: 0o644 });
    expect(await resolveChromium(join(dir, 'chrome'))).toEqual({ executablePath: join(dir, 'chrome'), source: 'CHROMIUM_PATH' });
    await expect(resolveChromium(join(dir, 'not-executable'))).rejects.toThrow('CHROMIUM_PATH');
  });

  it('then a headless shell installed on the system', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-path-'));
    writeFileSync(join(dir, 'chromium-headless-shell'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findOnPath(['chromium-headless-shell'], `/nonexistent${delimiter}${dir}`)).toBe(join(dir, 'chromium-headless-shell'));
    expect(findOnPath(['chromium-headless-shell'], '/nonexistent')).toBeUndefined();
    const path = process.env.PATH;
    process.env.PATH = `${dir}${delimiter}${path}`;
    try {
      expect(await resolveChromium(undefined)).toEqual({ executablePath: join(dir, 'chromium-headless-shell'), source: 'system headless shell' });
    } finally {
      process.env.PATH = path;
    }
  });

  it('else the headless shell of the npm package, unpacked once and whole even by parallel workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-unpack-'));
    try {
      const [first, second] = await Promise.all([unpackedHeadlessShell(dir), unpackedHeadlessShell(dir)]);
      expect(second).toBe(first);
      expect(execFileSync(first, ['--version'], { encoding: 'utf8' })).toMatch(/^Chromium \d+\./);
      expect(readdirSync(join(first, '..'))).toEqual(['chromium']);
      expect(await unpackedHeadlessShell(dir)).toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
