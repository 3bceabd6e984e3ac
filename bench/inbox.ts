/**
 * Inbox latency with 100,000 open tasks in the database (issue 7: the inbox stays fast; goal:
 * p95 well under 100 ms).
 *
 *   npx tsx bench/inbox.ts      prints `name: value` lines, writes bench/results/inbox-*.json
 *
 * The demo province, widened to 45 agencies (bench/inbox-tasks.ts), first with 1,000 open tasks,
 * then with 100,000, in the same run and against the same server process: a department head and a
 * specialist of Sở Xây dựng ask for what the inbox screen asks (the first page, a filter, a code
 * search, a later page, the last page and the summary of the chips) over HTTP, round after round.
 * The ratio of the two p95 figures says how the inbox grows with the database.
 */
import { migrate, openOrm } from '../api/db/orm';
import { DEMO_PASSWORD } from '../api/demo/province';
import { seedDemoProvince } from '../api/demo/seed';
import { bootstrapAdmin } from '../api/identity/bootstrap';
import { startServerProcess } from '../test/support/processes';
import { extendProvince, insertOpenTasks } from './inbox-tasks';
import { benchDatabase, percentile, report } from './support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const SIZES = [1_000, 100_000];
const OFFICERS = ['truongphong', 'chuyenvien'];
/** What the inbox screen asks, by name; `last` is filled in with the officer's last page. */
const REQUESTS: Record<string, string> = {
  first: '/api/tasks?page=1&pageSize=50',
  filter: '/api/tasks?timeLeft=overdue&dossierStatus=processing&page=1&pageSize=50',
  search: '/api/tasks?q=0012&page=1&pageSize=50',
  later: '/api/tasks?page=10&pageSize=50',
  summary: '/api/tasks/summary',
};

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  const orm = await openOrm(db.url);
  const ms = (value: number) => Number(value.toFixed(1));
  try {
    await migrate(orm, db.url);
    await bootstrapAdmin(orm.em.fork(), 'Quantri@2026xyz');
    await seedDemoProvince(orm.em.fork());
    const conn = orm.em.fork().getConnection();
    const province = await extendProvince(conn);

    const server = await startServerProcess({
      DATABASE_URL: db.url, BOOTSTRAP_ADMIN_PASSWORD: 'Quantri@2026xyz', DEMO: '0', LOG_LEVEL: 'warn', AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    });
    const figures: Record<string, unknown> = {};
    try {
      const tokens = Object.fromEntries(await Promise.all(OFFICERS.map(async (username) => {
        const response = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
        });
        return [username, ((await response.json()) as { token: string }).token];
      })));
      const get = async (username: string, path: string) => {
        const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${tokens[username]}` } });
        if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
        return response;
      };

      let inserted = 0;
      const p95: Record<number, number> = {};
      for (const size of SIZES) {
        await insertOpenTasks(conn, province, inserted, size - inserted, new Date());
        inserted = size;
        const samples: Record<string, number[]> = {};
        for (const username of OFFICERS) {
          const total = Number((await get(username, REQUESTS.first)).headers.get('x-total-count'));
          figures[`${username}_tasks_at_${size}`] = total;
          const requests = { ...REQUESTS, last: `/api/tasks?page=${Math.max(1, Math.ceil(total / 50))}&pageSize=50` };
          // Warm-up rounds: the first size must not pay for the server's start (JIT, plan caches).
          for (let round = 0; round < 3; round += 1) for (const path of Object.values(requests)) await get(username, path);
          for (let round = 0; round < ROUNDS; round += 1) {
            for (const [name, path] of Object.entries(requests)) (samples[name] ??= []).push(await timed(() => get(username, path)));
          }
        }
        const all = Object.values(samples).flat();
        for (const [name, values] of Object.entries(samples)) {
          figures[`${name}_p50_ms_at_${size}`] = ms(percentile(values, 50));
          figures[`${name}_p95_ms_at_${size}`] = ms(percentile(values, 95));
        }
        figures[`all_p50_ms_at_${size}`] = ms(percentile(all, 50));
        figures[`all_p95_ms_at_${size}`] = ms(percentile(all, 95));
        p95[size] = percentile(all, 95);
      }
      figures.p95_ratio_100000_over_1000 = Number((p95[100_000] / p95[1_000]).toFixed(2));
    } finally {
      await server.kill();
    }
    report('inbox', { rounds: ROUNDS, ...figures });
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
