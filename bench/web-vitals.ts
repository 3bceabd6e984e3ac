/// <reference lib="dom" />
// Functions passed to page.evaluate run in Chromium: they need the DOM types the server code lacks.
/**
 * First-load weight and web vitals of the two apps (issue 8: portal under 250 KB transferred and a
 * Lighthouse-style score; issue 7: back office under 300 KB transferred).
 *
 *   npx tsx bench/web-vitals.ts      prints `name: value` lines, writes bench/results/web-vitals-*.json
 *   BENCH_RUNS=5 (runs per page, medians reported), CHROMIUM_PATH=… (else the system's chromium)
 *
 * The production builds are served by a real server process over the demo province, as in the
 * quick start. Each run is a fresh browser context with the cache disabled, under Lighthouse's mobile
 * conditions applied through CDP (150 ms RTT, 1.6 Mbps down, 750 Kbps up, CPU 4× slower, a 412×823
 * screen). Bytes are what the network layer received (encodedDataLength: headers plus compressed
 * bodies) until the page is quiet. FCP, LCP, CLS and long tasks come from the page's own performance
 * observers; Speed Index from the screenshots in a Chromium trace, computed as speedline does.
 *
 * The score is Lighthouse-STYLE: Lighthouse v10's mobile log-normal curves and weights applied to the
 * metrics measured here. It is not Lighthouse: Lighthouse simulates throttling (Lantern) and measures
 * from its own trace, so its number for the same page can differ by several points.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../test/support/browser';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { migrate, openOrm } from '../api/db/orm';
import { seedDemoProvince } from '../api/demo/seed';
import { bootstrapAdmin } from '../api/identity/bootstrap';
import { startServerProcess } from '../test/support/processes';
import { benchDatabase, report } from './support';

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KB = 1024;

const BUILDS = [
  { app: 'portal-ui', index: join(ROOT, 'portal-ui', 'dist', 'portal-ui', 'browser', 'index.html') },
  { app: 'admin-ui', index: join(ROOT, 'admin-ui', 'dist', 'admin-ui', 'browser', 'index.html') },
];

/** The pages a first visit lands on; the goal is the issue's initial-bundle budget of the app. */
const PAGES = [
  { name: 'portal_home', path: '/', goalKB: 250 },
  { name: 'portal_search', path: '/thu-tuc?q=giay+phep+xay+dung', goalKB: 250 },
  { name: 'admin_login', path: '/admin/login', goalKB: 300 },
];

/** Lighthouse's mobile "Slow 4G" and mid-tier phone (moto g power) settings. */
const MOBILE = {
  latencyMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750, cpuSlowdown: 4,
  viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};

/** A page is done loading once neither the network nor the main thread did anything for this long (TTI's window). */
const QUIET_MS = 5000;
const RUN_TIMEOUT_MS = 60_000;

/** Lighthouse v10 performance category: mobile scoring curves (p10 scores 0.9, median 0.5) and weights. */
const CURVES = {
  fcp: { p10: 1800, median: 3000, weight: 0.10 },
  si: { p10: 3387, median: 5800, weight: 0.10 },
  lcp: { p10: 2500, median: 4000, weight: 0.25 },
  tbt: { p10: 200, median: 600, weight: 0.30 },
  cls: { p10: 0.1, median: 0.25, weight: 0.25 },
} as const;
type Metric = keyof typeof CURVES;
type Metrics = Record<Metric, number>;

interface Bytes { html: number; js: number; css: number; other: number; total: number; encodings: string[] }
interface Run { bytes: Bytes; metrics: Metrics; longestTaskMs: number; frames: { ms: number; jpeg: string }[] }

/** Abramowitz and Stegun 7.1.26, the approximation Lighthouse's statistics use. */
function erf(x: number): number {
  const sign = Math.sign(x);
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - y * Math.exp(-x * x));
}

/** Lighthouse's getLogNormalScore: the complementary log-normal quantile, clamped to the band the value falls in. */
export function logNormalScore({ p10, median }: { p10: number; median: number }, value: number): number {
  if (value <= 0) return 1;
  const standardized = (Math.log(value / median) * 0.9061938024368232) / -Math.log(p10 / median);
  const score = (1 - erf(standardized)) / 2;
  if (value <= p10) return Math.max(0.9, Math.min(1, score));
  if (value <= median) return Math.max(0.5, Math.min(0.8999999999999999, score));
  return Math.max(0, Math.min(0.49999999999999994, score));
}

export function performanceScore(metrics: Metrics): { scores: Metrics; score: number } {
  const scores = Object.fromEntries((Object.keys(CURVES) as Metric[])
    .map((metric) => [metric, Math.round(logNormalScore(CURVES[metric], metrics[metric]) * 100) / 100])) as Metrics;
  const score = (Object.keys(CURVES) as Metric[]).reduce((sum, metric) => sum + scores[metric] * CURVES[metric].weight, 0);
  return { scores, score: Math.round(score * 100) };
}

/**
 * Runs in the page before its own scripts: keeps every paint, layout shift and long task the
 * browser reports, so nothing is lost to observers registered too late.
 */
function observeVitals(): void {
  const vitals = { fcp: 0, lcp: 0, shifts: [] as { at: number; value: number }[], longTasks: [] as { start: number; end: number }[] };
  (window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
  const observe = (type: string, each: (entry: PerformanceEntry & Record<string, unknown>) => void) =>
    new PerformanceObserver((list) => list.getEntries().forEach((e) => each(e as PerformanceEntry & Record<string, unknown>)))
      .observe({ type, buffered: true });
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') vitals.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { vitals.lcp = e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) vitals.shifts.push({ at: e.startTime, value: e.value as number }); });
  observe('longtask', (e) => { vitals.longTasks.push({ start: e.startTime, end: e.startTime + e.duration }); });
}

/** CLS as web-vitals and Lighthouse define it: the worst session window (gaps under 1 s, at most 5 s long). */
function cumulativeLayoutShift(shifts: { at: number; value: number }[]): number {
  let worst = 0, current = 0, first = 0, last = 0;
  for (const { at, value } of shifts) {
    if (current > 0 && at - last < 1000 && at - first < 5000) current += value;
    else { current = value; first = at; }
    last = at;
    worst = Math.max(worst, current);
  }
  return worst;
}

/**
 * TBT: for each long task between FCP and TTI, the part over 50 ms. TTI here is the end of the last
 * long task not followed by a quiet window of QUIET_MS (network quiet is not checked: "TTI-ish").
 */
function totalBlockingTime(fcp: number, tasks: { start: number; end: number }[]): number {
  let tti = fcp;
  for (const task of [...tasks].sort((a, b) => a.start - b.start)) {
    if (task.end <= fcp) continue;
    if (task.start - tti >= QUIET_MS) break;
    tti = Math.max(tti, task.end);
  }
  return tasks.reduce((sum, task) => {
    const length = Math.min(task.end, tti) - Math.max(task.start, fcp);
    return sum + Math.max(0, length - 50);
  }, 0);
}

/**
 * Counts the bytes of every request of the page load, by what the request was for, and notes the
 * app's own files (page, scripts, styles) that failed: a build replaced mid-run must not pass as a light page.
 */
function countBytes(cdp: CDPSession): { bytes: Bytes; broken: string[]; inFlight(): number; lastActivity(): number } {
  const broken: string[] = [];
  const bytes: Bytes = { html: 0, js: 0, css: 0, other: 0, total: 0, encodings: [] };
  const kinds = new Map<string, keyof Omit<Bytes, 'total' | 'encodings'>>();
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', ({ requestId, type }) => {
    kinds.set(requestId, type === 'Document' ? 'html' : type === 'Script' ? 'js' : type === 'Stylesheet' ? 'css' : 'other');
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (response.status >= 400 && kinds.get(requestId) !== 'other') broken.push(`${response.url} (${response.status})`);
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
    if (!bytes.encodings.includes(encoding)) bytes.encodings.push(encoding);
  });
  const done = (requestId: string, length: number) => {
    const kind = kinds.get(requestId);
    if (!kind) return;
    kinds.delete(requestId);
    bytes[kind] += length;
    bytes.total += length;
    lastActivity = Date.now();
  };
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => done(requestId, encodedDataLength));
  cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
    if (kinds.get(requestId) !== 'other') broken.push(`${requestId} (${errorText})`);
    done(requestId, 0);
  });
  return { bytes, broken, inFlight: () => kinds.size, lastActivity: () => lastActivity };
}

interface TraceEvent {
  name: string;
  ts: number;
  args?: { snapshot?: string; data?: { isLoadingMainFrame?: boolean; documentLoaderURL?: string } };
}

/** The trace's screenshots, in ms after the page's navigation start. */
function screenshotsOf(trace: Uint8Array, url: string): { ms: number; jpeg: string }[] {
  const events = (JSON.parse(Buffer.from(trace).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const start = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame
    && e.args.data.documentLoaderURL === url).at(-1);
  if (!start) throw new Error(`no navigationStart for ${url} in the trace`);
  return events.filter((e) => e.name === 'Screenshot' && e.ts >= start.ts)
    .map((e) => ({ ms: (e.ts - start.ts) / 1000, jpeg: e.args!.snapshot as string }))
    .sort((a, b) => a.ms - b.ms);
}

async function loadOnce(browser: Browser, url: string): Promise<Run> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(MOBILE.viewport);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: MOBILE.latencyMs,
      downloadThroughput: (MOBILE.downloadKbps * KB) / 8, uploadThroughput: (MOBILE.uploadKbps * KB) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
    // As source text: tsx names the function's inner arrows with an `__name` helper the page lacks.
    await page.evaluateOnNewDocument(`var __name = (f) => f; (${observeVitals.toString()})();`);
    const network = countBytes(cdp);
    await page.tracing.start({ screenshots: true, categories: ['blink.user_timing', 'disabled-by-default-devtools.screenshot'] });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
    for (;;) {
      const lastTask = await page.evaluate(() => {
        const tasks = (window as unknown as { __vitals: { longTasks: { end: number }[] } }).__vitals.longTasks;
        return performance.timeOrigin + (tasks.at(-1)?.end ?? 0);
      });
      const quietSince = Math.max(lastTask, network.lastActivity());
      if (network.inFlight() === 0 && Date.now() - quietSince >= QUIET_MS) break;
      if (Date.now() - started > RUN_TIMEOUT_MS) throw new Error(`${url} did not settle within ${RUN_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (network.broken.length) throw new Error(`${url}: the app's files failed to load: ${network.broken.join(', ')}. Was the build replaced during the run?`);
    const vitals = await page.evaluate(() => (window as unknown as { __vitals: {
      fcp: number; lcp: number; shifts: { at: number; value: number }[]; longTasks: { start: number; end: number }[];
    } }).__vitals);
    const frames = screenshotsOf((await page.tracing.stop())!, url);
    return {
      bytes: network.bytes, frames,
      longestTaskMs: Math.max(0, ...vitals.longTasks.map((task) => task.end - task.start)),
      metrics: {
        fcp: vitals.fcp, lcp: Math.max(vitals.lcp, vitals.fcp), si: 0,
        tbt: totalBlockingTime(vitals.fcp, vitals.longTasks), cls: cumulativeLayoutShift(vitals.shifts),
      },
    };
  } finally {
    await context.close();
  }
}

/**
 * Speed Index as speedline computes it: each frame's visual progress is how much of the way its
 * colour histograms (white pixels left out) have moved from the blank page to the final frame;
 * SI is the area above the progress curve. The JPEG frames are decoded by an unthrottled page.
 */
async function speedIndex(decoder: Page, frames: { ms: number; jpeg: string }[]): Promise<number> {
  if (frames.length === 0) return 0;
  const histograms = await decoder.evaluate(async (jpegs: string[]) => Promise.all(jpegs.map(async (jpeg) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${jpeg}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const histogram = new Array<number>(3 * 256).fill(0);
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] >= 249 && data[i + 1] >= 249 && data[i + 2] >= 249) continue;
      for (let channel = 0; channel < 3; channel += 1) histogram[channel * 256 + data[i + channel]] += 1;
    }
    return histogram;
  })), frames.map((frame) => frame.jpeg));
  const target = histograms.at(-1)!;
  const total = target.reduce((sum, count) => sum + count, 0);
  let si = 0, lastMs = 0, lastProgress = 0;
  frames.forEach((frame, i) => {
    const match = histograms[i].reduce((sum, count, bin) => sum + Math.min(count, target[bin]), 0);
    const progress = total === 0 ? 1 : Math.floor((match / total) * 100) / 100;
    si += (frame.ms - lastMs) * (1 - lastProgress);
    lastMs = frame.ms;
    lastProgress = progress;
  });
  return si;
}

/**
 * How fast this machine's Chromium runs plain JavaScript right now, unthrottled: string-building
 * loops per second, the kind of figure Lighthouse's BenchmarkIndex gives. The 4× slowdown stands for
 * a mid-tier phone only on an unloaded desktop-class CPU; a busy or slow host makes TBT look worse.
 */
async function cpuBenchmarkIndex(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = Date.now();
    let loops = 0;
    while (Date.now() - start < 500) {
      let text = '';
      for (let i = 0; i < 10_000; i += 1) text += 'a';
      if (text.length === 10_000) loops += 1;
    }
    return Math.round(loops / ((Date.now() - start) / 1000));
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main(): Promise<void> {
  const missing = BUILDS.filter((build) => !existsSync(build.index));
  if (missing.length) {
    console.error(`Missing production build: ${missing.map((b) => b.index).join(', ')}.\n`
      + `Build it first: ${missing.map((b) => `flock /tmp/${b.app}-build.lock npm run build --prefix ${b.app}`).join(' && ')}`);
    process.exit(1);
  }
  const loadBefore = loadavg()[0];
  const db = await benchDatabase();
  const orm = await openOrm(db.url);
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  try {
    await migrate(orm, db.url);
    await bootstrapAdmin(orm.em.fork(), 'Quantri@2026xyz');
    await seedDemoProvince(orm.em.fork());
    server = await startServerProcess({ DATABASE_URL: db.url, BOOTSTRAP_ADMIN_PASSWORD: 'Quantri@2026xyz', DEMO: '0', LOG_LEVEL: 'warn' });
    browser = await launchBrowser();
    const decoder = await browser.newPage();
    const benchmarkBefore = await cpuBenchmarkIndex(decoder);
    const figures: Record<string, unknown> = {
      score_method: 'Lighthouse-style (v10 mobile curves and weights over the metrics measured here), not Lighthouse itself',
      conditions: `mobile 412x823 DPR ${MOBILE.viewport.deviceScaleFactor}, RTT ${MOBILE.latencyMs} ms, ${MOBILE.downloadKbps / KB} Mbps down, `
        + `${MOBILE.uploadKbps} Kbps up, CPU ${MOBILE.cpuSlowdown}x slower, cache disabled, ${RUNS} runs per page, medians`,
    };
    for (const { name, path, goalKB } of PAGES) {
      const url = `${server.url}${path}`;
      await loadOnce(browser, url); // warm the server's file cache and the database, not measured
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const run = await loadOnce(browser, url);
        run.metrics.si = Math.max(await speedIndex(decoder, run.frames), run.metrics.fcp);
        runs.push(run);
      }
      const bytes = (kind: keyof Omit<Bytes, 'encodings'>) => Number((median(runs.map((r) => r.bytes[kind])) / KB).toFixed(1));
      // The bundle is what the app itself weighs (page, scripts, styles); "other" is the API's answers and the icon.
      const bundle = Number((median(runs.map((r) => r.bytes.html + r.bytes.js + r.bytes.css)) / KB).toFixed(1));
      const metrics = Object.fromEntries((Object.keys(CURVES) as Metric[]).map((m) => [m, median(runs.map((r) => r.metrics[m]))])) as Metrics;
      const { scores, score } = performanceScore(metrics);
      Object.assign(figures, {
        [`${name}_transferred_kb`]: bytes('total'),
        [`${name}_bundle_kb`]: bundle,
        [`${name}_html_kb`]: bytes('html'), [`${name}_js_kb`]: bytes('js'), [`${name}_css_kb`]: bytes('css'), [`${name}_other_kb`]: bytes('other'),
        [`${name}_content_encodings`]: [...new Set(runs.flatMap((r) => r.bytes.encodings))],
        [`${name}_goal_kb`]: goalKB,
        [`${name}_bundle_within_goal`]: bundle <= goalKB,
        [`${name}_fcp_ms`]: Math.round(metrics.fcp), [`${name}_lcp_ms`]: Math.round(metrics.lcp),
        [`${name}_tbt_ms`]: Math.round(metrics.tbt), [`${name}_longest_task_ms`]: Math.round(median(runs.map((r) => r.longestTaskMs))), [`${name}_cls`]: Number(metrics.cls.toFixed(3)), [`${name}_si_ms`]: Math.round(metrics.si),
        ...Object.fromEntries((Object.keys(CURVES) as Metric[]).map((m) => [`${name}_${m}_score`, scores[m]])),
        [`${name}_lighthouse_style_score`]: score,
        [`${name}_lighthouse_style_score_per_run`]: runs.map((r) => performanceScore(r.metrics).score),
      });
    }
    figures.cpu_benchmark_index_before = benchmarkBefore;
    figures.cpu_benchmark_index_after = await cpuBenchmarkIndex(decoder);
    figures.load_average_1m_before = Number(loadBefore.toFixed(2));
    figures.load_average_1m_after = Number(loadavg()[0].toFixed(2));
    report('web-vitals', figures);
  } finally {
    await browser?.close();
    await server?.kill();
    await orm.close();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
