import type { ServerProcess } from '../support/processes';
import { publishTimedProcedure, receiveTimed, remote } from '../support/remote';
import { inspect, node, seededDatabase } from './cluster';

/**
 * A node killed without warning (SIGKILL) in the middle of a load loses nothing and leaves
 * nothing stuck; a node started later on the same database fires the timers that fell due
 * while nobody was running (issue: durable execution).
 */
describe('a node killed in the middle of a load', () => {
  let databaseUrl: string;
  let survivor: ServerProcess | undefined;

  beforeAll(async () => {
    databaseUrl = await seededDatabase();
  }, 120_000);
  afterAll(async () => {
    await survivor?.kill();
  });

  it('keeps every dossier consistent and fires overdue timers at the next start', async () => {
    const first = await node(databaseUrl);
    const a = remote(first.url);
    await a.call('POST', '/api/test/clock', undefined, { now: '2026-03-02T08:00:00+07:00' });
    await publishTimedProcedure(a);
    const desk = await a.login('motcua');
    const codes = await Promise.all(Array.from({ length: 30 }, () => receiveTimed(a, desk)));
    const tasks = ((await a.call('GET', '/api/tasks?pageSize=200', desk)).body as { id: number }[]).slice(0, 20);

    // Officers complete tasks while the node is killed part-way through.
    const load = Promise.allSettled(tasks.map((task) => a.call('POST', `/api/tasks/${task.id}/complete`, desk, { action: 'complete' })));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await first.kill('SIGKILL');
    await load;

    // A new node with the real clock (November 2026): every 2-hour timer from March is long due.
    survivor = await node(databaseUrl, { TEST_CLOCK: '0' });
    const pending = await inspect(databaseUrl, async (db) => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const left = Number((await db.one<{ n: string }>(
          `select count(*) as n from timer_job where kind = 'engine' and fired_at is null and cancelled_at is null`,
        ))!.n);
        if (left === 0 || Date.now() > deadline) return left;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    });
    expect(pending).toBe(0);

    const rows = await inspect(databaseUrl, (db) => db.all<{ code: string; status: string; open_tasks: string; engine_open: number; completions: string; fired: string }>(
      `select d.code, d.status,
              (select count(*) from task t where t.dossier_id = d.id and t.status = 'open') as open_tasks,
              coalesce(jsonb_array_length(d.engine_state->'openTasks'), 0) as engine_open,
              (select count(*) from dossier_event e where e.dossier_id = d.id and e.kind = 'task_completed') as completions,
              (select count(*) from dossier_event e where e.dossier_id = d.id and e.kind = 'timer_fired') as fired
         from dossier d`,
    ));
    expect(rows.map((r) => r.code).sort()).toEqual([...codes].sort());
    for (const row of rows) {
      // The task read model always agrees with the engine state written in the same transaction.
      expect(Number(row.open_tasks)).toBe(row.engine_open);
      if (row.completions === '1') {
        expect(row).toEqual(expect.objectContaining({ status: 'result_ready', open_tasks: '0', fired: '0' }));
      } else {
        // Not completed before the kill: its timer fired once after the restart and escalated it.
        expect(row).toEqual(expect.objectContaining({ status: 'processing', open_tasks: '1', fired: '1', completions: '0' }));
      }
    }
  }, 240_000);
});
