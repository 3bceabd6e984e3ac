/**
 * Notice rendering benchmark (DESIGN.md decision 8; issue: warm receipts ≥ 15/s, p95 < 150 ms,
 * bounded Chromium memory). Renders the receipt template, filled with a sample dossier and real
 * QR codes, on a pooled page reused for every PDF and on a fresh page per PDF, then under two
 * concurrent callers, and samples the Chromium process tree's memory as renders accumulate.
 *
 *   npx tsx bench/notices.ts [renders]      prints `name: value` lines, writes bench/results/notices.json
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { sampleContext } from '../api/documents/notices/sample-context';
import { createTemplateEngine, TEMPLATE_DIR } from '../api/documents/notices/template-engine';
import { NoticeTemplateStore, type NoticeTemplate } from '../api/documents/notices/template-store';
import { PdfRenderer } from '../api/documents/pdf/pdf-renderer';
import { qrDataUrl } from '../api/documents/verification/verifiable-documents';

const RENDERS = Number(process.argv[2] ?? 300);
const FRESH_RENDERS = Math.max(30, Math.round(RENDERS / 5));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(times: number[], wallMs: number) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: times.length, p50Ms: +percentile(sorted, 50).toFixed(1), p95Ms: +percentile(sorted, 95).toFixed(1),
    maxMs: +sorted[sorted.length - 1].toFixed(1), perSecond: +((times.length / wallMs) * 1000).toFixed(1),
  };
}

/**
 * Memory of a process and all its descendants, in MB: the proportional set size (shared pages
 * divided among the processes sharing them), so Chromium's many processes are not counted twice.
 */
function treePssMb(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) if (tree.has(parent) && !tree.has(pid)) { tree.add(pid); grew = true; }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return Math.round(kb / 1024);
}

/** CPU time (user + system) of a process tree so far, in ms, from /proc: load-independent cost of the work. */
function treeCpuMs(root: number): number {
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  const children = new Map<number, number[]>();
  const times = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      times.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks);
    } catch {
      // Gone.
    }
  }
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += times.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function main() {
  const manifest = JSON.parse(readFileSync(join(TEMPLATE_DIR, 'manifest.json'), 'utf8')) as { kind: string; file: string; paper: 'A4' | 'A5' }[];
  const entry = manifest.find((m) => m.kind === 'receipt')!;
  const template: NoticeTemplate = {
    id: 1, kind: 'receipt', version: 1, title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', scope: 'dossier', paper: entry.paper, landscape: false,
    appliesWhen: {}, numberSymbol: null, kept: true, source: readFileSync(join(TEMPLATE_DIR, entry.file), 'utf8'), active: true, note: null,
    createdAt: new Date(),
  };
  const store = new NoticeTemplateStore(createTemplateEngine());
  const context = sampleContext('dossier', { paper: template.paper, landscape: false }) as ReturnType<typeof sampleContext> & Record<string, never>;

  // Filling the template, with two real QR codes, is part of every receipt.
  const fill = async (n: number) => {
    const code = `000.00.14.H99-260302-${String(n).padStart(4, '0')}`;
    const tracking = `https://dichvucong.demo.gov.vn/tra-cuu/${code}`;
    return store.render(template, {
      ...context, dossier: { ...(context as { dossier: object }).dossier, code },
      tracking: { url: tracking, qr: await qrDataUrl(tracking) },
      verification: { id: 'BENCH0000000000' + (n % 10), url: 'https://dichvucong.demo.gov.vn/api/verify/BENCH', qr: await qrDataUrl(`verify-${n}`) },
    });
  };
  const fillTimes: number[] = [];
  for (let n = 0; n < 50; n += 1) {
    const t = performance.now();
    await fill(n);
    fillTimes.push(performance.now() - t);
  }

  const results: Record<string, unknown> = {
    renders: RENDERS, node: process.version, cpus: cpus().length, loadAverageAtStart: +loadavg()[0].toFixed(2),
    fill: summary(fillTimes, fillTimes.reduce((a, b) => a + b, 0)),
  };
  const renderer = new PdfRenderer({ poolSize: 2, recycleAfter: 500 });
  try {
    const start = performance.now();
    await renderer.render(await fill(0), { paper: template.paper });
    results.coldStartMs = +(performance.now() - start).toFixed(0);
    for (let n = 0; n < 10; n += 1) await renderer.render(await fill(n), { paper: template.paper });
    const pid = renderer.stats().browserPid!;
    const memory: { afterRenders: number; chromiumPssMb: number }[] = [{ afterRenders: 11, chromiumPssMb: treePssMb(pid) }];

    const pooled: number[] = [];
    const chromiumCpuBefore = treeCpuMs(pid);
    const nodeCpuBefore = process.cpuUsage();
    let wall = performance.now();
    for (let n = 0; n < RENDERS; n += 1) {
      const html = await fill(n);
      const t = performance.now();
      await renderer.render(html, { paper: template.paper });
      pooled.push(performance.now() - t);
      if ((n + 1) % 100 === 0) memory.push({ afterRenders: 11 + n + 1, chromiumPssMb: treePssMb(pid) });
    }
    results.pooledPage = summary(pooled, performance.now() - wall);
    const nodeCpu = process.cpuUsage(nodeCpuBefore);
    results.cpuMsPerReceipt = {
      chromium: +((treeCpuMs(pid) - chromiumCpuBefore) / RENDERS).toFixed(1),
      node: +((nodeCpu.user + nodeCpu.system) / 1000 / RENDERS).toFixed(1),
    };

    const fresh: number[] = [];
    wall = performance.now();
    for (let n = 0; n < FRESH_RENDERS; n += 1) {
      const html = await fill(n);
      const t = performance.now();
      await renderer.renderOnFreshPage(html, { paper: template.paper });
      fresh.push(performance.now() - t);
    }
    results.freshPage = summary(fresh, performance.now() - wall);

    // Two callers at once on a pool of two pages, each timing its own receipts end to end (fill + render).
    const concurrent: number[] = [];
    wall = performance.now();
    await Promise.all([0, 1].map(async (worker) => {
      for (let n = worker; n < RENDERS; n += 2) {
        const t = performance.now();
        await renderer.render(await fill(n), { paper: template.paper });
        concurrent.push(performance.now() - t);
      }
    }));
    results.pooledTwoCallers = summary(concurrent, performance.now() - wall);
    memory.push({ afterRenders: 11 + RENDERS * 2 + FRESH_RENDERS, chromiumPssMb: treePssMb(pid) });
    results.memory = memory;
    results.loadAverageAtEnd = +loadavg()[0].toFixed(2);
  } finally {
    await renderer.close();
  }

  const pooled = results.pooledPage as ReturnType<typeof summary>;
  const fresh = results.freshPage as ReturnType<typeof summary>;
  const both = results.pooledTwoCallers as ReturnType<typeof summary>;
  const memory = results.memory as { chromiumPssMb: number }[];
  const lines: [string, string | number][] = [
    ['cpus', results.cpus as number], ['load_average_1m_start', results.loadAverageAtStart as number], ['load_average_1m_end', results.loadAverageAtEnd as number],
    ['notice_fill_p50_ms', (results.fill as ReturnType<typeof summary>).p50Ms],
    ['chromium_cold_start_ms', results.coldStartMs as number],
    ['receipt_pooled_page_p50_ms', pooled.p50Ms], ['receipt_pooled_page_p95_ms', pooled.p95Ms], ['receipt_pooled_page_per_s', pooled.perSecond],
    ['receipt_fresh_page_p50_ms', fresh.p50Ms], ['receipt_fresh_page_p95_ms', fresh.p95Ms], ['receipt_fresh_page_per_s', fresh.perSecond],
    ['receipt_pool2_two_callers_p95_ms', both.p95Ms], ['receipt_pool2_two_callers_per_s', both.perSecond],
    ['receipt_cpu_ms_chromium', (results.cpuMsPerReceipt as { chromium: number }).chromium],
    ['receipt_cpu_ms_node', (results.cpuMsPerReceipt as { node: number }).node],
    ['receipt_capacity_per_s_all_cores', +((cpus().length * 1000) / ((results.cpuMsPerReceipt as { chromium: number }).chromium + (results.cpuMsPerReceipt as { node: number }).node)).toFixed(1)],
    ['chromium_pss_mb_first', memory[0].chromiumPssMb], ['chromium_pss_mb_max', Math.max(...memory.map((m) => m.chromiumPssMb))],
    ['chromium_pss_mb_last', memory[memory.length - 1].chromiumPssMb],
  ];
  for (const [name, value] of lines) console.log(`${name}: ${value}`);
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'notices.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
