import { bearer, type TestPlatform } from '../../../test/support/platform';
import { sql } from '../../db/sql';
import { identityFromClaims, upsertCitizen } from '../profile';

/**
 * Test fixtures of the citizen portal: agencies and officers made through the real admin API,
 * citizens signed in as the callback would sign them in, and dossiers written straight into the
 * read model with their history, the way the dossier commands leave them.
 */

export const t = (local: string) => new Date(`${local}+07:00`);

export async function createAgency(platform: TestPlatform, admin: string, agency: { code: string; name: string; parentCode?: string }) {
  const response = await platform.http.post('/api/admin/agencies').set(bearer(admin)).send({ level: 'province', ...agency });
  if (response.status !== 201) throw new Error(`agency ${agency.code}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Creates an officer who skips the first-login change and returns their token. */
export async function createOfficer(platform: TestPlatform, admin: string, officer: { username: string; fullName: string; agencyCode: string; roles: string[] }) {
  const password = 'Canbo@2026xyz';
  const response = await platform.http.post('/api/admin/users').set(bearer(admin)).send({ ...officer, password });
  if (response.status !== 201) throw new Error(`officer ${officer.username}: ${response.status} ${JSON.stringify(response.body)}`);
  await sql(platform.orm.em.fork()).run('update app_user set must_change_password = false where username = ?', [officer.username]);
  return platform.login(officer.username, password);
}

export interface TestCitizen {
  id: number;
  subject: string;
  token: string;
}

/** A citizen as the sign-in callback leaves them: an account, and a session token. */
export async function signedInCitizen(platform: TestPlatform, claims: { sub: string; name: string; id_number?: string; tax_code?: string }): Promise<TestCitizen> {
  const account = await upsertCitizen(platform.orm.em.fork(), identityFromClaims(claims), platform.clock.now());
  const token = platform.app.jwt.sign({ sub: String(account.id), ver: account.tokenVersion, kind: 'citizen' });
  return { id: account.id, subject: claims.sub, token };
}

export interface DossierFixture {
  code: string;
  agencyCode: string;
  applicantSubject: string | null;
  applicantName?: string;
  status?: string;
  procedureName?: string;
  resultDelivery?: string;
  submittedAt?: Date;
  receivedAt?: Date | null;
  dueAt?: Date | null;
  resolvedAt?: Date | null;
  completedAt?: Date | null;
  receivedBy?: string;
  events?: { at: Date; kind: string; action?: string; comment?: string; data?: Record<string, unknown>; taskKey?: string }[];
  /** Completed steps: the officer who completed each, with the step's name. */
  tasks?: { taskKey: string; name: string; completedBy: string }[];
}

export async function insertDossier(platform: TestPlatform, fixture: DossierFixture): Promise<number> {
  const db = sql(platform.orm.em.fork());
  const agency = await db.one<{ id: number }>('select id from agency where code = ?', [fixture.agencyCode]);
  let process = await db.one<{ id: number }>(`select id from process_definition where key = 'citizen-fixture'`);
  process ??= await db.one<{ id: number }>(
    `insert into process_definition (key, version, bpmn_xml, summary) values ('citizen-fixture', 1, '<definitions/>', '{}') returning id`,
  );
  const userId = async (username?: string) => (username ? (await db.one<{ id: number }>('select id from app_user where username = ?', [username]))!.id : null);
  const submittedAt = fixture.submittedAt ?? t('2026-03-02T08:00:00');
  const row = await db.one<{ id: string }>(
    `insert into dossier (code, procedure_version_id, procedure_code, procedure_name, sector_code, sector_name, agency_id, process_definition_id,
                          channel, status, applicant, applicant_subject, form_data, result_delivery, submitted_at, received_at, due_at,
                          resolved_at, completed_at, received_by, created_at, updated_at)
     values (?, 1, '1.000948', ?, 'XD', 'Hoạt động xây dựng', ?, ?, 'online', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [fixture.code, fixture.procedureName ?? 'Cấp giấy phép xây dựng nhà ở riêng lẻ', agency!.id, process!.id, fixture.status ?? 'processing',
      JSON.stringify({ fullName: fixture.applicantName ?? 'Nguyễn Văn An', idNumber: '001085012345' }), fixture.applicantSubject,
      JSON.stringify({ applicant: { fullName: fixture.applicantName ?? 'Nguyễn Văn An' } }), fixture.resultDelivery ?? 'counter', submittedAt,
      fixture.receivedAt === undefined ? t('2026-03-02T09:00:00') : fixture.receivedAt, fixture.dueAt === undefined ? t('2026-03-16T17:00:00') : fixture.dueAt,
      fixture.resolvedAt ?? null, fixture.completedAt ?? null, await userId(fixture.receivedBy), submittedAt, submittedAt],
  );
  const id = Number(row!.id);
  for (const [index, task] of (fixture.tasks ?? []).entries()) {
    await db.run(
      `insert into task (dossier_id, instance_id, task_key, name, role, agency_id, status, created_at, completed_at, completed_by)
       values (?, ?, ?, ?, 'specialist', ?, 'completed', ?, ?, ?)`,
      [id, `${task.taskKey}-${index}`, task.taskKey, task.name, agency!.id, submittedAt, submittedAt, await userId(task.completedBy)],
    );
  }
  for (const event of fixture.events ?? []) {
    await db.run(
      'insert into dossier_event (dossier_id, at, actor_name, kind, task_key, action, comment, data) values (?, ?, ?, ?, ?, ?, ?, ?)',
      [id, event.at, 'Cán bộ', event.kind, event.taskKey ?? null, event.action ?? null, event.comment ?? null, event.data ? JSON.stringify(event.data) : null],
    );
  }
  return id;
}
