/**
 * Notice rendering benchmark (DESIGN.md decision 8; issue: warm receipts ≥ 15/s and p95 < 150 ms
 * in one configuration, with a bounded Chromium memory). Renders the receipt template, filled with
 * a sample dossier and real QR codes, in two configurations side by side in the same run, in
 * alternating blocks so that the load of a shared machine falls on both alike:
 *   before  the full system Chromium, pages not tidied, memory unbounded (the renderer as it was,
 *           but for printToPDF asked directly);
 *   after   the renderer's defaults: a headless shell, replaced past its render or memory budget.
 * Each is timed from one caller on a pooled page, from two callers on a pool of two pages (end to
 * end, filling included), and on a fresh page per PDF, with the CPU each receipt costs. Then the
 * `after` renderer prints on and its memory is sampled, to show the bound holding.
 *
 *   npx tsx bench/notices.ts [renders] [memoryRenders]   prints `name: value` lines, writes bench/results/notices.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { sampleContext } from '../api/documents/notices/sample-context';
import { createTemplateEngine, TEMPLATE_DIR } from '../api/documents/notices/template-engine';
import { NoticeTemplateStore, type NoticeTemplate } from '../api/documents/notices/template-store';
import { findOnPath } from '../api/documents/pdf/chromium';
import { PdfRenderer, type PdfRendererOptions } from '../api/documents/pdf/pdf-renderer';
import { processTree, processTreeCpuMs, pssMb } from '../api/documents/pdf/process-usage';
import { qrDataUrl } from '../api/documents/verification/verifiable-documents';

const RENDERS = Number(process.argv[2] ?? 300);
const MEMORY_RENDERS = Number(process.argv[3] ?? 1500);
const BLOCK = 50;
const FRESH_RENDERS = 20;

type Summary = { count: number; p50Ms: number; p95Ms: number; maxMs: number; perSecond: number };

function summary(times: number[], wallMs: number): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => +sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
  return { count: times.length, p50Ms: at(50), p95Ms: at(95), maxMs: at(100), perSecond: +((times.length / wallMs) * 1000).toFixed(1) };
}

/** Chromium's memory: every process this one started, itself left out (both renderers' browsers, retired ones included). */
async function chromiumPssMb(): Promise<number> {
  return (await pssMb((await processTree(process.pid)).filter((pid) => pid !== process.pid))) ?? 0;
}

/** Two callers print MEMORY_RENDERS receipts; all Chromium memory is sampled every block, a retiring browser included. */
async function memoryRun(renderer: PdfRenderer, receipt: ReturnType<typeof receiptFiller>) {
  const samples: { afterRenders: number; chromiumPssMb: number; browsersLaunched: number }[] = [];
  const sample = async () => samples.push({ afterRenders: renderer.stats().renders, chromiumPssMb: await chromiumPssMb(), browsersLaunched: renderer.stats().browsersLaunched });
  await sample();
  const launchedBefore = renderer.stats().browsersLaunched;
  const times: number[] = [];
  const wall = performance.now();
  for (let first = 0; first < MEMORY_RENDERS; first += BLOCK) {
    await Promise.all([0, 1].map(async (caller) => {
      for (let n = first + caller; n < Math.min(first + BLOCK, MEMORY_RENDERS); n += 2) {
        const t = performance.now();
        await renderer.render(await receipt.fill(n), receipt.layout);
        times.push(performance.now() - t);
      }
    }));
    await sample();
  }
  return {
    limitMb: renderer.stats().memoryLimitMb, twoCallers: summary(times, performance.now() - wall), samples,
    firstMb: samples[0].chromiumPssMb, maxMb: Math.max(...samples.map((m) => m.chromiumPssMb)), lastMb: samples[samples.length - 1].chromiumPssMb,
    browsersReplaced: renderer.stats().browsersLaunched - launchedBefore,
  };
}

function receiptFiller() {
  const manifest = JSON.parse(readFileSync(join(TEMPLATE_DIR, 'manifest.json'), 'utf8')) as { kind: string; file: string; paper: 'A4' | 'A5' }[];
  const entry = manifest.find((m) => m.kind === 'receipt')!;
  const template: NoticeTemplate = {
    id: 1, kind: 'receipt', version: 1, title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', scope: 'dossier', paper: entry.paper, landscape: false,
    appliesWhen: {}, numberSymbol: null, kept: true, source: readFileSync(join(TEMPLATE_DIR, entry.file), 'utf8'), active: true, note: null,
    createdAt: new Date(),
  };
  const store = new NoticeTemplateStore(createTemplateEngine());
  const context = sampleContext('dossier', { paper: template.paper, landscape: false }) as ReturnType<typeof sampleContext> & { dossier: object };
  // Filling the template, with two real QR codes, is part of every receipt.
  const fill = async (n: number) => {
    const code = `000.00.14.H99-260302-${String(n).padStart(4, '0')}`;
    const tracking = `https://dichvucong.demo.gov.vn/tra-cuu/${code}`;
    return store.render(template, {
      ...context, dossier: { ...context.dossier, code },
      tracking: { url: tracking, qr: await qrDataUrl(tracking) },
      verification: { id: 'BENCH0000000000' + (n % 10), url: 'https://dichvucong.demo.gov.vn/api/verify/BENCH', qr: await qrDataUrl(`verify-${n}`) },
    });
  };
  return { fill, layout: { paper: template.paper } };
}

/** One configuration's renderer and what has been measured of it so far. */
class Subject {
  readonly renderer: PdfRenderer;
  readonly times: Record<'pooled' | 'twoCallers' | 'fresh', number[]> = { pooled: [], twoCallers: [], fresh: [] };
  readonly wallMs = { pooled: 0, twoCallers: 0, fresh: 0 };
  readonly cpuMs = { chromium: 0, node: 0, receipts: 0 };
  coldStartMs = 0;

  constructor(readonly name: string, readonly options: PdfRendererOptions, private readonly receipt: ReturnType<typeof receiptFiller>) {
    this.renderer = new PdfRenderer(options);
  }

  async start(): Promise<void> {
    const start = performance.now();
    await this.renderer.render(await this.receipt.fill(0), this.receipt.layout);
    this.coldStartMs = Math.round(performance.now() - start);
    for (let n = 1; n <= 10; n += 1) await this.renderer.render(await this.receipt.fill(n), this.receipt.layout);
  }

  /** `count` receipts from `callers` callers at once, each timing its own receipts end to end (fill + render). */
  async block(phase: 'pooled' | 'twoCallers', callers: number, count: number, first: number): Promise<void> {
    const pid = this.renderer.stats().browserPid!;
    const chromiumBefore = await processTreeCpuMs(pid);
    const nodeBefore = process.cpuUsage();
    const wall = performance.now();
    await Promise.all(Array.from({ length: callers }, async (_, caller) => {
      for (let n = first + caller; n < first + count; n += callers) {
        const t = performance.now();
        await this.renderer.render(await this.receipt.fill(n), this.receipt.layout);
        this.times[phase].push(performance.now() - t);
      }
    }));
    this.wallMs[phase] += performance.now() - wall;
    // A block that saw the browser replaced is left out of the CPU figures: its old browser's time is gone.
    if (this.renderer.stats().browserPid !== pid) return;
    const node = process.cpuUsage(nodeBefore);
    this.cpuMs.chromium += (await processTreeCpuMs(pid)) - chromiumBefore;
    this.cpuMs.node += (node.user + node.system) / 1000;
    this.cpuMs.receipts += count;
  }

  async fresh(count: number): Promise<void> {
    const wall = performance.now();
    for (let n = 0; n < count; n += 1) {
      const html = await this.receipt.fill(n);
      const t = performance.now();
      await this.renderer.renderOnFreshPage(html, this.receipt.layout);
      this.times.fresh.push(performance.now() - t);
    }
    this.wallMs.fresh += performance.now() - wall;
  }

  results() {
    const cpu = { chromium: +(this.cpuMs.chromium / this.cpuMs.receipts).toFixed(1), node: +(this.cpuMs.node / this.cpuMs.receipts).toFixed(1) };
    return {
      coldStartMs: this.coldStartMs,
      pooledPage: summary(this.times.pooled, this.wallMs.pooled),
      pooledTwoCallers: summary(this.times.twoCallers, this.wallMs.twoCallers),
      freshPage: summary(this.times.fresh, this.wallMs.fresh),
      cpuMsPerReceipt: cpu,
      capacityPerSecondAllCores: +((cpus().length * 1000) / (cpu.chromium + cpu.node)).toFixed(1),
    };
  }
}

async function main() {
  const receipt = receiptFiller();
  const fullChromium = findOnPath(['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']);
  const after = new Subject('after', { poolSize: 2, log: (message) => console.error(message) }, receipt);
  const subjects = [after];
  if (fullChromium) {
    subjects.unshift(new Subject('before', {
      chromiumPath: fullChromium, poolSize: 2, recycleAfter: 500, tidyEvery: Infinity, browserRecycleAfter: Infinity, memoryLimitMb: Infinity,
    }, receipt));
  }
  const results: Record<string, unknown> = {
    renders: RENDERS, memoryRenders: MEMORY_RENDERS, node: process.version, cpus: cpus().length, loadAverageAtStart: +loadavg()[0].toFixed(2),
  };
  try {
    for (const subject of subjects) await subject.start();
    for (let first = 0; first < RENDERS; first += BLOCK) {
      for (const subject of subjects) await subject.block('pooled', 1, Math.min(BLOCK, RENDERS - first), first);
      for (const subject of subjects) await subject.block('twoCallers', 2, Math.min(BLOCK, RENDERS - first), first);
    }
    for (const subject of subjects) await subject.fresh(FRESH_RENDERS);
    for (const subject of subjects) results[subject.name] = { options: { ...subject.options, log: undefined }, ...subject.results() };
    results.chromiumPssMbBothRenderers = await chromiumPssMb();
    for (const subject of subjects.filter((s) => s !== after)) await subject.renderer.close();

    // The bound: `after` prints on from two callers, its memory sampled; then the same without
    // tidying pages, to show the memory limit catching a renderer that grows.
    results.memoryBound = await memoryRun(after.renderer, receipt);
    await after.renderer.close();
    const untidy = new PdfRenderer({ poolSize: 2, tidyEvery: Infinity });
    try {
      await untidy.render(await receipt.fill(0), receipt.layout);
      results.memoryBoundUntidied = await memoryRun(untidy, receipt);
    } finally {
      await untidy.close();
    }
    results.loadAverageAtEnd = +loadavg()[0].toFixed(2);
  } finally {
    await Promise.all(subjects.map((subject) => subject.renderer.close()));
  }
  report(results);
}

function report(results: Record<string, unknown>) {
  type Measured = ReturnType<Subject['results']>;
  const lines: [string, string | number][] = [
    ['cpus', results.cpus as number], ['load_average_1m_start', results.loadAverageAtStart as number], ['load_average_1m_end', results.loadAverageAtEnd as number],
  ];
  for (const name of ['before', 'after']) {
    const r = results[name] as Measured | undefined;
    if (!r) continue;
    lines.push(
      [`${name}_chromium_cold_start_ms`, r.coldStartMs],
      [`${name}_receipt_pooled_page_p50_ms`, r.pooledPage.p50Ms], [`${name}_receipt_pooled_page_p95_ms`, r.pooledPage.p95Ms], [`${name}_receipt_pooled_page_per_s`, r.pooledPage.perSecond],
      [`${name}_receipt_pool2_two_callers_p50_ms`, r.pooledTwoCallers.p50Ms], [`${name}_receipt_pool2_two_callers_p95_ms`, r.pooledTwoCallers.p95Ms],
      [`${name}_receipt_pool2_two_callers_per_s`, r.pooledTwoCallers.perSecond],
      [`${name}_receipt_fresh_page_p50_ms`, r.freshPage.p50Ms],
      [`${name}_receipt_cpu_ms_chromium`, r.cpuMsPerReceipt.chromium], [`${name}_receipt_cpu_ms_node`, r.cpuMsPerReceipt.node],
      [`${name}_receipt_capacity_per_s_all_cores`, r.capacityPerSecondAllCores],
    );
  }
  const before = results.before as Measured | undefined;
  const after = results.after as Measured;
  if (before) {
    lines.push(
      ['ratio_two_callers_per_s_after_over_before', +(after.pooledTwoCallers.perSecond / before.pooledTwoCallers.perSecond).toFixed(2)],
      ['ratio_two_callers_p95_after_over_before', +(after.pooledTwoCallers.p95Ms / before.pooledTwoCallers.p95Ms).toFixed(2)],
      ['ratio_cpu_per_receipt_after_over_before', +((after.cpuMsPerReceipt.chromium + after.cpuMsPerReceipt.node) / (before.cpuMsPerReceipt.chromium + before.cpuMsPerReceipt.node)).toFixed(2)],
    );
  }
  lines.push(['chromium_pss_mb_both_renderers', results.chromiumPssMbBothRenderers as number]);
  for (const [prefix, key] of [['after_memory', 'memoryBound'], ['untidied_memory', 'memoryBoundUntidied']]) {
    const run = results[key] as Awaited<ReturnType<typeof memoryRun>>;
    lines.push(
      [`${prefix}_run_renders`, run.twoCallers.count], [`${prefix}_run_two_callers_p95_ms`, run.twoCallers.p95Ms], [`${prefix}_run_two_callers_per_s`, run.twoCallers.perSecond],
      [`${prefix}_limit_mb`, run.limitMb], [`${prefix}_chromium_pss_mb_first`, run.firstMb], [`${prefix}_chromium_pss_mb_max`, run.maxMb],
      [`${prefix}_chromium_pss_mb_last`, run.lastMb], [`${prefix}_browsers_replaced`, run.browsersReplaced],
    );
  }
  const bound = results.memoryBound as Awaited<ReturnType<typeof memoryRun>>;
  const met = after.pooledTwoCallers.perSecond >= 15 && after.pooledTwoCallers.p95Ms < 150 && bound.maxMb <= bound.limitMb;
  lines.push(['goal_met', met ? 'yes' : 'no']);
  for (const [name, value] of lines) console.log(`${name}: ${value}`);
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'notices.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
