import { PdfRenderer } from './pdf-renderer';

const html = (n: number) => `<html><head><meta charset="utf-8"></head><body><h1>Phiếu số ${n}</h1></body></html>`;
const isPdf = (pdf: Buffer) => pdf.subarray(0, 5).toString() === '%PDF-';
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const until = async (condition: () => boolean, ms = 10_000) => {
  for (const end = Date.now() + ms; !condition() && Date.now() < end;) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('the pooled Chromium renderer', () => {
  it('starts Chromium on the first render, reuses, tidies and recycles its pages, never more than the pool', async () => {
    const renderer = new PdfRenderer({ poolSize: 2, recycleAfter: 5, tidyEvery: 2 });
    try {
      expect(renderer.stats().started).toBe(false);
      const pdfs = await Promise.all(Array.from({ length: 13 }, (_, n) => renderer.render(html(n), { paper: 'A5' })));
      expect(pdfs.every(isPdf)).toBe(true);
      const stats = renderer.stats();
      expect(stats).toMatchObject({ started: true, renders: 13, waiting: 0 });
      expect(stats.openPages).toBeLessThanOrEqual(2);
    } finally {
      await renderer.close();
    }
    await expect(renderer.render(html(0), { paper: 'A4' })).rejects.toThrow('đã đóng');
  });

  it('starts a new browser when the old one died', async () => {
    const renderer = new PdfRenderer({ poolSize: 1 });
    try {
      await renderer.render(html(1), { paper: 'A4' });
      const first = renderer.stats().browserPid!;
      process.kill(first, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(isPdf(await renderer.render(html(2), { paper: 'A4' }))).toBe(true);
      expect(renderer.stats().browserPid).not.toBe(first);
    } finally {
      await renderer.close();
    }
  });

  it('replaces the browser after its share of renders, with no render failing, and closes the old one', async () => {
    const renderer = new PdfRenderer({ poolSize: 2, browserRecycleAfter: 4 });
    try {
      await renderer.render(html(0), { paper: 'A5' });
      const first = renderer.stats().browserPid!;
      const pdfs: Buffer[] = [];
      // Two callers keep printing while the replacement starts, and a little after it took over.
      let afterwards = 0;
      await Promise.all([0, 1].map(async (caller) => {
        for (let n = caller; n < 400 && afterwards < 6; n += 2) {
          pdfs.push(await renderer.render(html(n), { paper: 'A5' }));
          if (renderer.stats().browserPid !== first) afterwards += 1;
        }
      }));
      expect(pdfs.every(isPdf)).toBe(true);
      expect(renderer.stats().browsersLaunched).toBeGreaterThanOrEqual(2);
      expect(renderer.stats().browserPid).not.toBe(first);
      expect(renderer.stats().openPages).toBeLessThanOrEqual(2);
      await until(() => !alive(first));
      expect(alive(first)).toBe(false);
    } finally {
      await renderer.close();
    }
  });

  it('replaces the browser once its memory passes the limit', async () => {
    const renderer = new PdfRenderer({ poolSize: 1, memoryLimitMb: 1, memoryCheckEvery: 2 });
    try {
      for (let n = 0; n < 4; n += 1) await renderer.render(html(n), { paper: 'A4' });
      await until(() => renderer.stats().browsersLaunched >= 2);
      expect(renderer.stats().browsersLaunched).toBeGreaterThanOrEqual(2);
      expect(renderer.stats().lastMemoryMb).toBeGreaterThan(1);
      expect(isPdf(await renderer.render(html(9), { paper: 'A4' }))).toBe(true);
    } finally {
      await renderer.close();
    }
  });
});
