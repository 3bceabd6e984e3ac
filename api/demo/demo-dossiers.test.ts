import { startDemoPlatform } from '../../test/support/demo-dossiers';
import type { TestPlatform } from '../../test/support/platform';
import { sql } from '../db/sql';
import { seedDemoDossiers } from './dossiers';

/** A newcomer opening the demo finds a living system: dossiers in every state, at every desk. */
describe('the demo dossiers', () => {
  let platform: TestPlatform;
  let seeded: number;

  beforeAll(async () => {
    platform = await startDemoPlatform();
    seeded = await seedDemoDossiers(platform.app.deps.config, platform.orm);
  }, 120_000);
  afterAll(() => platform.close());

  const db = () => sql(platform.orm.em.fork());

  it('creates a few dozen dossiers of every demo procedure, in every state the regulations name', async () => {
    expect(seeded).toBeGreaterThanOrEqual(30);
    const statuses = (await db().all<{ status: string }>('select distinct status from dossier')).map((row) => row.status);
    expect(statuses.sort()).toEqual(['not_resolved', 'processing', 'result_ready', 'returned', 'submitted', 'supplement_requested', 'withdrawn']);
    const procedures = await db().all<{ procedure_code: string }>('select distinct procedure_code from dossier order by 1');
    expect(procedures.map((row) => row.procedure_code)).toEqual(['1.001193', '1.009994', '2.000720', '2.000815', '2.001417']);
  });

  it('leaves work waiting in officers’ inboxes, some of it overdue, and a supplement with its clock stopped', async () => {
    const open = await db().all<{ username: string; overdue: boolean }>(
      `select distinct u.username, t.due_at < now() as overdue from task t join app_user u on u.agency_id = t.agency_id
         join user_role r on r.user_id = u.id and r.role = t.role
        where t.status = 'open' and (t.department_id is null or t.department_id = u.department_id)`);
    expect(new Set(open.map((row) => row.username))).toEqual(new Set(['truongphong', 'chuyenvien', 'chuyenvien2', 'lanhdao', 'vanthu', 'kinhte', 'chutichxa', 'hotich', 'congan', 'lltp', 'lanhdaotp']));
    expect(open.some((row) => row.overdue)).toBe(true);
    const stopped = await db().one<{ n: string }>(`select count(*) as n from dossier where status = 'supplement_requested' and clock_stopped_at is not null`);
    expect(Number(stopped!.n)).toBe(2);
    // Every dossier still in processing has a step open somewhere, as the engine left it.
    const stuck = await db().all(`select code from dossier d where status = 'processing' and not exists (select 1 from task t where t.dossier_id = d.id and t.status = 'open')`);
    expect(stuck).toEqual([]);
    // The head of Phòng QLXD named who examines (phân công, D5): each specialist holds work of their own.
    const assigned = await db().all<{ username: string }>(
      `select distinct u.username from task t join app_user u on u.id = t.assignee_id where t.status = 'open' and t.task_key = 'examine' order by 1`);
    expect(assigned.map((row) => row.username)).toEqual(['chuyenvien', 'chuyenvien2']);
  });

  it('gives the demo citizens their own online dossiers, and runs only once', async () => {
    const online = await db().all<{ full_name: string; status: string }>(
      `select c.full_name, d.status from dossier d join citizen c on c.subject = d.applicant_subject where d.channel = 'online' order by c.full_name`);
    expect(online).toEqual([
      { full_name: 'Lê Hoàng Minh', status: 'processing' }, { full_name: 'Nguyễn Văn An', status: 'submitted' },
      { full_name: 'Trần Thị Bích Ngọc', status: 'submitted' },
    ]);
    expect(await seedDemoDossiers(platform.app.deps.config, platform.orm)).toBe(0);
  });
});
