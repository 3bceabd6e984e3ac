import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, resolveChromium } from './chromium';

export type Paper = 'A4' | 'A5';

export interface PdfLayout {
  paper: Paper;
  landscape?: boolean;
}

export interface PdfRendererOptions {
  /** CHROMIUM_PATH, when configured. */
  chromiumPath?: string;
  /** Pages kept open and reused; renders beyond it wait their turn. */
  poolSize: number;
  /** A page is closed and replaced after this many renders, so memory stays bounded. */
  recycleAfter?: number;
  /** A render that takes longer fails and its page is thrown away. */
  timeoutMs?: number;
  /** Renders allowed to wait for a page; beyond it a render fails at once rather than queue without end. */
  maxWaiting?: number;
  log?: (message: string) => void;
}

interface Lease {
  page: Page;
  uses: number;
  /** The browser the page belongs to; pages of a crashed browser no longer count as open. */
  generation: number;
}

/**
 * HTML to PDF in a pooled Chromium (DESIGN.md decision 8). The browser starts on the first
 * render, not at boot, so nodes that never print pay nothing. Pages are reused: a fresh page
 * costs two to four times a reused one. Pages run no script and load nothing but data: URLs,
 * since templates are province data, not code.
 */
export class PdfRenderer {
  private browser?: Promise<Browser>;
  private readonly idle: Lease[] = [];
  private readonly waiters: ((lease: Lease | Error) => void)[] = [];
  private open = 0;
  private generation = 0;
  private closed = false;
  private renders = 0;
  private pid?: number;
  private readonly recycleAfter: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: PdfRendererOptions) {
    this.recycleAfter = options.recycleAfter ?? 500;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Renders one document on a pooled page. */
  async render(html: string, layout: PdfLayout): Promise<Buffer> {
    const lease = await this.acquire();
    try {
      const pdf = await this.print(lease.page, html, layout);
      lease.uses += 1;
      this.release(lease);
      return pdf;
    } catch (error) {
      await this.discard(lease);
      throw error;
    }
  }

  /** Renders on a page opened and closed for this document alone: the slow path, kept for the benchmark. */
  async renderOnFreshPage(html: string, layout: PdfLayout): Promise<Buffer> {
    const page = await this.newPage();
    try {
      return await this.print(page, html, layout);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** What the benchmark and health checks look at. */
  stats(): { started: boolean; openPages: number; idlePages: number; waiting: number; renders: number; browserPid: number | null } {
    return {
      started: this.browser !== undefined, openPages: this.open, idlePages: this.idle.length, waiting: this.waiters.length,
      renders: this.renders, browserPid: this.pid ?? null,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) waiter(new Error('Trình kết xuất PDF đã đóng.'));
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    this.open = 0;
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }

  private async print(page: Page, html: string, layout: PdfLayout): Promise<Buffer> {
    const work = (async () => {
      await page.setContent(html, { waitUntil: 'load', timeout: this.timeoutMs });
      return page.pdf({
        format: layout.paper, landscape: layout.landscape ?? false, printBackground: true, preferCSSPageSize: true, timeout: this.timeoutMs,
      });
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Kết xuất PDF quá ${this.timeoutMs} ms.`)), this.timeoutMs);
    });
    try {
      const pdf = await Promise.race([work, timeout]);
      this.renders += 1;
      return Buffer.from(pdf);
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
        return { page: await this.newPage(), uses: 0, generation: this.generation };
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

  private release(lease: Lease): void {
    if (lease.uses >= this.recycleAfter || lease.generation !== this.generation) {
      void this.discard(lease);
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) waiter(lease);
    else this.idle.push(lease);
  }

  /** A page that failed or served its turn is closed; a waiter gets a new one in its place. */
  private async discard(lease: Lease): Promise<void> {
    if (lease.generation === this.generation) this.open -= 1;
    await lease.page.close().catch(() => undefined);
    const waiter = this.waiters.shift();
    if (!waiter) return;
    this.open += 1;
    this.newPage().then((page) => waiter({ page, uses: 0, generation: this.generation }), (error: Error) => {
      this.open -= 1;
      waiter(error);
    });
  }

  private async newPage(): Promise<Page> {
    const browser = await this.startedBrowser();
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().startsWith('data:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
    return page;
  }

  private startedBrowser(): Promise<Browser> {
    if (!this.browser) {
      const starting = this.launch();
      this.browser = starting;
      starting.catch(() => {
        if (this.browser === starting) this.browser = undefined;
      });
    }
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    const chromium = await resolveChromium(this.options.chromiumPath);
    const browser = await puppeteer.launch({ executablePath: chromium.executablePath, headless: true, args: CHROMIUM_ARGS });
    this.pid = browser.process()?.pid;
    this.options.log?.(`Chromium (${chromium.source}: ${chromium.executablePath}) đã khởi động cho kết xuất PDF.`);
    browser.on('disconnected', () => {
      // A crashed browser takes its pages with it; the next render starts a new one.
      if (this.closed) return;
      this.browser = undefined;
      this.idle.length = 0;
      this.open = 0;
      this.generation += 1;
      this.pid = undefined;
    });
    return browser;
  }
}
