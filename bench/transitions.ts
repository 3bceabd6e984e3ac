/**
 * Task transitions per second through the HTTP API with PostgreSQL and durable commits
 * (issue: workflow engine). One run measures, side by side on the same machine and database:
 * - `engine`: POST /api/tasks/{id}/complete with the real BPMN engine;
 * - `baseline`: the same request and transaction with the engine step replaced by a replay
 *   (api/workflow/engine-steps.ts), so `engine_ratio` is what the engine leaves of the throughput.
 * Each mode runs the server as `WORKERS=2` (one worker per core) and samples each worker's RSS,
 * and the CPU each transition costs the workers, PostgreSQL and this load generator: on two cores
 * those three share, the sum bounds the throughput (2,000 ms of CPU per second).
 *
 * Each client is an officer with one keep-alive connection walking their own dossiers
 * (BENCH_CLIENTS, BENCH_DOSSIERS_PER_CLIENT); node:cluster gives a connection to one worker, so a
 * client's dossiers stay on that worker and its hot engines (HOT_ENGINES) can serve them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, openOrm } from '../api/db/orm';
import { seedDemoProvince } from '../api/demo/seed';
import { bootstrapAdmin } from '../api/identity/bootstrap';
import { startServerProcess, type ServerProcess } from '../test/support/processes';
import { remote, type Remote } from '../test/support/remote';
import { benchDatabase, keepAliveClient, percentile, report } from './support';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const DOSSIERS = CLIENTS * Number(process.env.BENCH_DOSSIERS_PER_CLIENT ?? 4);
const PASSWORD = 'Quantri@2026xyz';

interface ModeResult {
  transitionsPerS: number; p50Ms: number; p95Ms: number; errors: number; rssMb: number[];
  /** CPU time per transition, in ms, of the API workers, PostgreSQL and this load generator. */
  cpuMs: { workers: number; postgres: number; client: number };
}

async function prepare(url: string): Promise<void> {
  const orm = await openOrm(url);
  await migrate(orm, url);
  await bootstrapAdmin(orm.em.fork(), PASSWORD);
  await seedDemoProvince(orm.em.fork());
  await orm.close();
}

/** Deploys the two-step loop and publishes a procedure on it (as the designer and the control office). */
async function publishLoop(server: Remote, code: string): Promise<void> {
  const designer = await server.login('thietke');
  const xml = readFileSync(join(__dirname, 'loop.bpmn'), 'utf8');
  await server.call('POST', '/api/admin/process-definitions', designer, { key: `bench-loop-${code}`, bpmnXml: xml });
  const control = await server.login('kiemsoat');
  const record = {
    code, name: 'Thủ tục đo hiệu năng', sectorCode: 'XD', agencyCodes: ['000.00.14.H99'], processKey: `bench-loop-${code}`,
    processingTime: { value: 5, unit: 'working_days' }, serviceLevel: 'offline', formSchema: { type: 'object', properties: {} },
    components: [{ code: 'DON', name: 'Đơn', required: true }], fees: [],
  };
  for (const [path, body] of [['/api/admin/procedures', record], [`/api/admin/procedures/${code}/test-runs`, { outcome: 'passed' }],
    [`/api/admin/procedures/${code}/publish`, { decision: { number: '99/QĐ-BENCH', date: '2026-01-05' } }]] as const) {
    const response = await server.call('POST', path, control, body);
    if (response.status >= 300) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
  }
}

function pgrep(args: string[]): string[] {
  try {
    return execFileSync('pgrep', args).toString().trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** The API workers: the primary's children that are Node (tsx's esbuild service is one too, but not a worker). */
function workerPids(primaryPid: number): string[] {
  return pgrep(['-P', String(primaryPid)]).filter((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'node');
}

function workerRss(primaryPid: number): number[] {
  return workerPids(primaryPid).map((pid) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  });
}

/** User + system CPU of these processes, in ms (the kernel counts in ticks of 10 ms). */
function cpuMsOf(pids: string[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended
    }
  }
  return ticks * 10;
}

/** CPU spent by the workers, PostgreSQL (every `postgres` process: the bench's own server) and this process. */
function cpuSnapshot(primaryPid: number): { workers: number; postgres: number; client: number } {
  const own = process.cpuUsage();
  return { workers: cpuMsOf(workerPids(primaryPid)), postgres: cpuMsOf(pgrep(['-x', 'postgres'])), client: (own.user + own.system) / 1000 };
}

async function measure(url: string, mode: 'engine' | 'baseline'): Promise<ModeResult> {
  const server: ServerProcess = await startServerProcess({
    DATABASE_URL: url, BOOTSTRAP_ADMIN_PASSWORD: PASSWORD, DEMO: '0', WORKERS: '2', LOG_LEVEL: 'warn',
    BENCH_ENGINE_BASELINE: mode === 'baseline' ? '1' : '0', AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  });
  try {
    const api = remote(server.url);
    const code = `BENCH.${mode}`;
    await publishLoop(api, code);
    const desk = await api.login('motcua');
    const tasks: number[] = [];
    for (let i = 0; i < DOSSIERS; i += 1) {
      const created = await api.call('POST', '/api/dossiers', desk, {
        procedureCode: code, agencyCode: '000.00.14.H99', channel: 'counter',
        applicant: { fullName: 'Nguyễn Văn Đo', idNumber: '079203001234' }, formData: {},
      });
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    }
    const inbox = (await api.call('GET', `/api/tasks?procedureCode=${code}&pageSize=200`, desk)).body as { id: number }[];
    tasks.push(...inbox.map((t) => t.id));

    const latencies: number[] = [];
    let done = 0;
    let errors = 0;
    const rss: number[][] = [];
    const sampler = setInterval(() => rss.push(workerRss(server.process.pid!)), 1000);
    const cpuBefore = cpuSnapshot(server.process.pid!);
    const end = Date.now() + DURATION_S * 1000;
    // Each client owns a share of the dossiers and walks each one around the loop.
    await Promise.all(Array.from({ length: CLIENTS }, async (_, client) => {
      const mine = tasks.filter((_, i) => i % CLIENTS === client);
      const connection = keepAliveClient(server.url);
      let turn = 0;
      while (Date.now() < end) {
        const slot = turn % mine.length;
        const started = performance.now();
        const submit = turn % (2 * mine.length) < mine.length;
        const response = await connection.call('POST', `/api/tasks/${mine[slot]}/complete`, desk,
          submit ? { action: 'submit' } : { action: 'return', comment: 'Kiểm tra lại số liệu.' });
        latencies.push(performance.now() - started);
        if (response.status === 200) {
          done += 1;
          mine[slot] = response.body.openTasks[0].id;
        } else {
          errors += 1;
        }
        turn += 1;
      }
      connection.close();
    }));
    clearInterval(sampler);
    const cpuAfter = cpuSnapshot(server.process.pid!);
    const perTransition = (key: keyof typeof cpuAfter) => Number(((cpuAfter[key] - cpuBefore[key]) / Math.max(1, done)).toFixed(2));
    const perWorker = [0, 1].map((w) => Math.max(0, ...rss.map((sample) => sample[w] ?? 0)));
    return {
      transitionsPerS: done / DURATION_S,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      errors,
      rssMb: perWorker,
      cpuMs: { workers: perTransition('workers'), postgres: perTransition('postgres'), client: perTransition('client') },
    };
  } finally {
    await server.kill();
  }
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  try {
    await prepare(db.url);
    const engine = await measure(db.url, 'engine');
    const baseline = await measure(db.url, 'baseline');
    const figures = {
      transitions_per_s: Math.round(engine.transitionsPerS),
      baseline_transitions_per_s: Math.round(baseline.transitionsPerS),
      engine_ratio: Number((engine.transitionsPerS / baseline.transitionsPerS).toFixed(2)),
      p50_ms: Number(engine.p50Ms.toFixed(1)),
      p95_ms: Number(engine.p95Ms.toFixed(1)),
      baseline_p95_ms: Number(baseline.p95Ms.toFixed(1)),
      errors: engine.errors + baseline.errors,
      rss_mb: Math.round(Math.max(...engine.rssMb)),
      rss_mb_per_worker: engine.rssMb.map(Math.round),
      cpu_ms_per_transition_workers: engine.cpuMs.workers,
      cpu_ms_per_transition_postgres: engine.cpuMs.postgres,
      cpu_ms_per_transition_client: engine.cpuMs.client,
      baseline_cpu_ms_per_transition_workers: baseline.cpuMs.workers,
      baseline_cpu_ms_per_transition_postgres: baseline.cpuMs.postgres,
      baseline_cpu_ms_per_transition_client: baseline.cpuMs.client,
      clients: CLIENTS,
      seconds: DURATION_S,
    };
    report('transitions', figures);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
