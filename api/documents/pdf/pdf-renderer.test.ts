import { PdfRenderer } from './pdf-renderer';

const html = (n: number) => `<html><head><meta charset="utf-8"></head><body><h1>Phiếu số ${n}</h1></body></html>`;
const isPdf = (pdf: Buffer) => pdf.subarray(0, 5).toString() === '%PDF-';

describe('the pooled Chromium renderer', () => {
  it('starts Chromium on the first render, reuses its pages and never opens more than the pool', async () => {
    const renderer = new PdfRenderer({ poolSize: 2, recycleAfter: 3 });
    try {
      expect(renderer.stats().started).toBe(false);
      const pdfs = await Promise.all(Array.from({ length: 7 }, (_, n) => renderer.render(html(n), { paper: 'A5' })));
      expect(pdfs.every(isPdf)).toBe(true);
      const stats = renderer.stats();
      expect(stats).toMatchObject({ started: true, renders: 7, waiting: 0 });
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
});
