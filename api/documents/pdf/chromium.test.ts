import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, resolveChromium } from './chromium';

describe('which Chromium prints PDFs', () => {
  it('takes CHROMIUM_PATH first, and refuses one that is not executable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-chromium-'));
    writeFileSync(join(dir, 'chrome'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(dir, 'not-executable'), '', { mode: 0o644 });
    expect(await resolveChromium(join(dir, 'chrome'))).toEqual({ executablePath: join(dir, 'chrome'), source: 'CHROMIUM_PATH' });
    await expect(resolveChromium(join(dir, 'not-executable'))).rejects.toThrow('CHROMIUM_PATH');
  });

  it('then looks for the system chromium on PATH', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-path-'));
    writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findOnPath(['chromium'], `/nonexistent:${dir}`)).toBe(join(dir, 'chromium'));
    expect(findOnPath(['chromium'], '/nonexistent')).toBeUndefined();
    expect((await resolveChromium(undefined)).source).toBe('system');
  });
});
