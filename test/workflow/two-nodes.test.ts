import type { ServerProcess } from '../support/processes';
import { publishTimedProcedure, receiveTimed, remote, type Remote } from '../support/remote';
import { inspect, node, seededDatabase } from './cluster';

/**
 * Two API processes on one database, as a province runs them behind a load balancer
 * (DESIGN.md decisions 1, 6 and 9): concurrent officers never double-apply a step, and each
 * timer fires once although both nodes look for due timers at the same moment.
 */
describe('two API nodes on one database', () => {
  let databaseUrl: string;
  let nodes: ServerProcess[];
  let a: Remote;
  let b: Remote;
  let desk: string;

  beforeAll(async () => {
    databaseUrl = await seededDatabase();
    nodes = await Promise.all([node(databaseUrl), node(databaseUrl)]);
    [a, b] = nodes.map((n) => remote(n.url));
    await setClocks('2026-03-02T08:00:00+07:00');
    await publishTimedProcedure(a);
    desk = await a.login('motcua');
  }, 180_000);
  afterAll(async () => {
    await Promise.all(nodes?.map((n) => n.kill()) ?? []);
  });

  function setClocks(now: string) {
    return Promise.all([a, b].map((server) => server.call('POST', '/api/test/clock', undefined, { now })));
  }

  it('completes every task exactly once when many officers press at once on both nodes', async () => {
    const codes = await Promise.all(Array.from({ length: 24 }, (_, i) => receiveTimed(i % 2 ? a : b, desk)));
    const inbox = (await a.call('GET', '/api/tasks?pageSize=200', desk)).body as { id: number; dossierCode: string }[];
    const tasks = inbox.filter((t) => codes.includes(t.dossierCode));
    expect(tasks).toHaveLength(codes.length);

    const attempts = tasks.flatMap((task) => [a, b, a, b].map((server) => server.call('POST', `/api/tasks/${task.id}/complete`, desk, { action: 'complete' })));
    const results = await Promise.all(attempts);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(tasks.length);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);

    const counts = await inspect(databaseUrl, (db) => db.all<{ code: string; completions: string; version: number; status: string }>(
      `select d.code, d.version, d.status, (select count(*) from dossier_event e where e.dossier_id = d.id and e.kind = 'task_completed') as completions
         from dossier d where d.code = any(?::text[])`, [`{${codes.join(',')}}`],
    ));
    expect(counts).toHaveLength(codes.length);
    for (const row of counts) {
      expect(row).toEqual(expect.objectContaining({ completions: '1', status: 'result_ready' }));
    }
  }, 240_000);

  it('fires each due timer once although both nodes run their timer pass together', async () => {
    await setClocks('2026-03-03T08:00:00+07:00');
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => receiveTimed(i % 2 ? a : b, desk)));
    // Both nodes move to 11:00 together; each runs its timer pass before answering.
    await setClocks('2026-03-03T11:00:00+07:00');

    const rows = await inspect(databaseUrl, (db) => db.all<{ code: string; fired: string; escalations: string; review_open: string }>(
      `select d.code,
              (select count(*) from dossier_event e where e.dossier_id = d.id and e.kind = 'timer_fired') as fired,
              (select count(*) from task t where t.dossier_id = d.id and t.task_key = 'escalate' and t.status = 'open') as escalations,
              (select count(*) from task t where t.dossier_id = d.id and t.task_key = 'review' and t.status = 'open') as review_open
         from dossier d where d.code = any(?::text[])`, [`{${codes.join(',')}}`],
    ));
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row).toEqual(expect.objectContaining({ fired: '1', escalations: '1', review_open: '0' }));
    const jobs = await inspect(databaseUrl, (db) => db.one<{ due: string }>(
      `select count(*) as due from timer_job where kind = 'engine' and fired_at is null and cancelled_at is null and due_at <= '2026-03-03T04:00:00Z'`,
    ));
    expect(jobs!.due).toBe('0');
  }, 240_000);
});
