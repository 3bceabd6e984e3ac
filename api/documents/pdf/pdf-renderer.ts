import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, resolveChromium } from './chromium';
import { PdfPage, type PdfLayout } from './pdf-page';
import { processTreePssMb } from './process-usage';

export type { Paper, PdfLayout } from './pdf-page';

export interface PdfRendererOptions {
  /** CHROMIUM_PATH, when configured. */
  chromiumPath?: string;
  /** Pages kept open and reused; renders beyond it wait their turn. */
  poolSize: number;
  /** A page is closed and replaced after this many renders. */
  recycleAfter?: number;
  /** A page's renderer is told to free memory every so many renders (see `PdfPage.tidy`). */
  tidyEvery?: number;
  /** The browser is replaced after this many renders, whatever its memory. */
  browserRecycleAfter?: number;
  /**
   * The browser is replaced once its processes hold more than this (proportional set size, MB).
   * By default 200 MB and 100 MB a page: a tidied pool of two holds about 190 MB *(measured here)*.
   */
  memoryLimitMb?: number;
  /** Memory is looked at every so many renders. */
  memoryCheckEvery?: number;
  /** A render that takes longer fails and its page is thrown away. */
  timeoutMs?: number;
  /** Renders allowed to wait for a page; beyond it a render fails at once rather than queue without end. */
  maxWaiting?: number;
  log?: (message: string) => void;
}

/** One launched Chromium. A retired one finishes the renders it holds, then closes. */
interface Instance {
  browser: Browser;
  pid: number | null;
  renders: number;
  /** Its open pages, in the pool, printing or being opened. */
  pages: number;
  retired: boolean;
}

interface Lease {
  page: PdfPage;
  uses: number;
  instance: Instance;
  /** False for a page opened for one document outside the pool. */
  pooled: boolean;
}

export interface PdfRendererStats {
  started: boolean;
  openPages: number;
  idlePages: number;
  waiting: number;
  renders: number;
  browserPid: number | null;
  /** Renders by the browser now in use. */
  browserRenders: number;
  /** Browsers launched so far, the first included. */
  browsersLaunched: number;
  /** The Chromium memory last looked at, in MB; null before the first look. */
  lastMemoryMb: number | null;
  /** The bounds in force: renders and memory (MB) after which the browser is replaced. */
  browserRecycleAfter: number;
  memoryLimitMb: number;
}

/**
 * HTML to PDF in a pooled Chromium (DESIGN.md decision 8). The browser starts on the first
 * render, not at boot, so nodes that never print pay nothing. Pages are reused: a fresh page
 * costs two to four times a reused one (see `PdfPage` for what a page may do).
 *
 * Chromium's memory creeps up with every document it prints, so it is bounded three ways: pages
 * are tidied every `tidyEvery` renders and replaced after `recycleAfter`, and the browser is
 * replaced after `browserRecycleAfter` renders or once it holds more than `memoryLimitMb`. The new
 * browser is launched and its pages opened while the old one keeps printing; the old one closes
 * when its last render is done, so a replacement costs no render its latency.
 */
export class PdfRenderer {
  private current?: Promise<Instance>;
  private replacing?: Promise<void>;
  private readonly idle: Lease[] = [];
  private readonly waiters: ((lease: Lease | Error) => void)[] = [];
  /** Pages of the current browser, idle or leased. */
  private open = 0;
  private closed = false;
  private renders = 0;
  private launched = 0;
  private lastMemoryMb: number | null = null;
  private instance?: Instance;
  /** Every browser not yet closed: the one in use and any retired one still finishing its renders. */
  private readonly live = new Set<Instance>();
  private readonly recycleAfter: number;
  private readonly tidyEvery: number;
  private readonly browserRecycleAfter: number;
  private readonly memoryLimitMb: number;
  private readonly memoryCheckEvery: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: PdfRendererOptions) {
    this.recycleAfter = options.recycleAfter ?? 500;
    this.tidyEvery = options.tidyEvery ?? 50;
    this.browserRecycleAfter = options.browserRecycleAfter ?? 5_000;
    this.memoryLimitMb = options.memoryLimitMb ?? 200 + 100 * options.poolSize;
    this.memoryCheckEvery = options.memoryCheckEvery ?? 20;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Renders one document on a pooled page. */
  async render(html: string, layout: PdfLayout): Promise<Buffer> {
    const lease = await this.acquire();
    try {
      const pdf = await this.print(lease, html, layout);
      lease.uses += 1;
      lease.instance.renders += 1;
      this.release(lease);
      this.watch(lease.instance);
      return pdf;
    } catch (error) {
      await this.discard(lease);
      throw error;
    }
  }

  /** Renders on a page opened and closed for this document alone: the slow path, kept for the benchmark. */
  async renderOnFreshPage(html: string, layout: PdfLayout): Promise<Buffer> {
    const page = { ...(await this.newPage(await this.startedInstance())), pooled: false };
    try {
      return await this.print(page, html, layout);
    } finally {
      await this.closePage(page);
    }
  }

  /** What the benchmark and health checks look at. */
  stats(): PdfRendererStats {
    return {
      started: this.current !== undefined, openPages: this.open, idlePages: this.idle.length, waiting: this.waiters.length,
      renders: this.renders, browserPid: this.instance?.pid ?? null, browserRenders: this.instance?.renders ?? 0,
      browsersLaunched: this.launched, lastMemoryMb: this.lastMemoryMb, browserRecycleAfter: this.browserRecycleAfter, memoryLimitMb: this.memoryLimitMb,
    };
  }

  /** Chromium's memory now (all its processes, proportional set size, MB); null when not started or not on Linux. */
  async memoryMb(): Promise<number | null> {
    const pid = this.instance?.pid;
    if (!pid) return null;
    this.lastMemoryMb = await processTreePssMb(pid);
    return this.lastMemoryMb;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) waiter(new Error('Trình kết xuất PDF đã đóng.'));
    const current = this.current;
    this.current = undefined;
    this.instance = undefined;
    this.idle.length = 0;
    this.open = 0;
    await Promise.all([this.replacing, current].map((step) => step?.catch(() => undefined)));
    await Promise.all([...this.live].map((instance) => this.closeBrowser(instance)));
  }

  /** Prints on a page, in the time allowed; a page past it is left for the caller to close. */
  private async print(lease: Lease, html: string, layout: PdfLayout): Promise<Buffer> {
    const work = lease.page.print(html, layout, this.timeoutMs);
    // Past the timeout the page is closed under it, and its late failure is no one's to hear.
    work.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Kết xuất PDF quá ${this.timeoutMs} ms.`)), this.timeoutMs);
    });
    try {
      const pdf = await Promise.race([work, timeout]);
      this.renders += 1;
      return pdf;
    } finally {
      clearTimeout(timer);
    }
  }

  private async acquire(): Promise<Lease> {
    if (this.closed) throw new Error('Trình kết xuất PDF đã đóng.');
    const ready = this.idle.pop();
    if (ready) return ready;
    if (this.open < this.options.poolSize) {
      this.open += 1;
      try {
        return await this.newPage(await this.startedInstance());
      } catch (error) {
        this.open -= 1;
        throw error;
      }
    }
    if (this.waiters.length >= (this.options.maxWaiting ?? 100)) throw new Error('Trình kết xuất PDF đang quá tải.');
    const lease = await new Promise<Lease | Error>((resolve) => this.waiters.push(resolve));
    if (lease instanceof Error) throw lease;
    return lease;
  }

  /** A render is done with its page: back to the pool, or closed when it served its turn or its browser retired. */
  private release(lease: Lease): void {
    if (lease.uses >= this.recycleAfter || lease.instance !== this.instance) void this.closePage(lease);
    else if (lease.uses % this.tidyEvery === 0) void lease.page.tidy().then(() => this.offer(lease), () => this.closePage(lease));
    else this.offer(lease);
  }

  /** A render failed: its page may be broken, so it is closed. */
  private async discard(lease: Lease): Promise<void> {
    await this.closePage(lease);
  }

  private offer(lease: Lease): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(lease);
    else this.idle.push(lease);
  }

  /** A waiter gets a new page in place of the closed one; a retired browser closes with its last page. */
  private async closePage(lease: Lease): Promise<void> {
    const { instance } = lease;
    if (lease.pooled && instance === this.instance) this.open -= 1;
    instance.pages -= 1;
    await lease.page.close();
    if (instance.retired && instance.pages === 0) await this.closeBrowser(instance);
    this.serveWaiters();
  }

  private async closeBrowser(instance: Instance): Promise<void> {
    this.live.delete(instance);
    await instance.browser.close().catch(() => undefined);
  }

  /** Waiters get new pages while the pool has room: after a page closed, or once a new browser is in place. */
  private serveWaiters(): void {
    while (this.waiters.length && this.open < this.options.poolSize && !this.closed) {
      const waiter = this.waiters.shift()!;
      this.open += 1;
      this.startedInstance()
        .then((instance) => this.newPage(instance))
        .then(waiter, (error: Error) => {
          this.open -= 1;
          waiter(error);
        });
    }
  }

  /** After a render: replace the browser when it has printed its share or grown past the memory limit. */
  private watch(instance: Instance): void {
    if (instance !== this.instance || this.replacing || this.closed) return;
    if (instance.renders >= this.browserRecycleAfter) {
      this.replace(`${instance.renders} bản in`);
      return;
    }
    if (instance.renders % this.memoryCheckEvery !== 0) return;
    void this.memoryMb().then((mb) => {
      if (mb !== null && mb > this.memoryLimitMb && instance === this.instance && !this.replacing) this.replace(`${mb} MB bộ nhớ`);
    });
  }

  /** A new browser with its pages opened takes over; the old one retires (see `discard`). */
  private replace(reason: string): void {
    this.replacing = (async () => {
      const next = await this.launch();
      let pages: Lease[];
      try {
        pages = await Promise.all(Array.from({ length: this.options.poolSize }, () => this.newPage(next)));
      } catch (error) {
        await this.closeBrowser(next);
        throw error;
      }
      const old = this.instance;
      if (this.closed || !old) {
        await this.closeBrowser(next);
        return;
      }
      this.options.log?.(`Thay Chromium kết xuất PDF sau ${reason}.`);
      old.retired = true;
      this.instance = next;
      this.current = Promise.resolve(next);
      this.open = pages.length;
      for (const page of pages) this.offer(page);
      const idle = this.idle.filter((lease) => lease.instance === old);
      this.idle.splice(0, this.idle.length, ...this.idle.filter((lease) => lease.instance !== old));
      if (old.pages === 0) await this.closeBrowser(old);
      // The last of its pages to close, idle now or printing still, closes the old browser.
      else await Promise.all(idle.map((lease) => this.closePage(lease)));
    })()
      .catch((error: Error) => this.options.log?.(`Không thay được Chromium kết xuất PDF: ${error.message}`))
      .finally(() => {
        this.replacing = undefined;
      });
  }

  private async newPage(instance: Instance): Promise<Lease> {
    instance.pages += 1;
    try {
      return { page: await PdfPage.open(instance.browser), uses: 0, instance, pooled: true };
    } catch (error) {
      instance.pages -= 1;
      throw error;
    }
  }

  private startedInstance(): Promise<Instance> {
    if (!this.current) {
      const starting = this.launch().then((instance) => {
        if (this.current === starting) this.instance = instance;
        return instance;
      });
      this.current = starting;
      starting.catch(() => {
        if (this.current === starting) this.current = undefined;
      });
    }
    return this.current;
  }

  private async launch(): Promise<Instance> {
    const chromium = await resolveChromium(this.options.chromiumPath);
    // 'shell' passes a bare --headless: the headless shell's own mode, and the new headless mode of a full Chromium.
    const browser = await puppeteer.launch({ executablePath: chromium.executablePath, headless: 'shell', args: CHROMIUM_ARGS });
    this.launched += 1;
    const instance: Instance = { browser, pid: browser.process()?.pid ?? null, renders: 0, pages: 0, retired: false };
    this.live.add(instance);
    this.options.log?.(`Chromium (${chromium.source}: ${chromium.executablePath}) đã khởi động cho kết xuất PDF.`);
    browser.on('disconnected', () => {
      // A crashed browser takes its pages with it; the next render starts a new one.
      this.live.delete(instance);
      if (this.closed || instance !== this.instance) return;
      this.current = undefined;
      this.instance = undefined;
      this.idle.length = 0;
      this.open = 0;
    });
    return instance;
  }
}
