import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import type { TestPlatform } from '../../../test/support/platform';
import { DEMO_PASSWORD } from '../../demo/province';
import { sql } from '../../db/sql';

/**
 * Dossiers written straight into the tables the lifecycle writes, for the documents tests: a
 * notice only reads dossier, dossier_event and task rows, so a test states the rows it needs
 * instead of walking a whole process to reach them.
 */
export interface DossierRows {
  code: string;
  agencyCode?: string;
  status?: string;
  channel?: 'online' | 'counter' | 'postal';
  applicant?: Record<string, string>;
  applicantSubject?: string | null;
  procedureName?: string;
  receivedAt?: Date | null;
  dueAt?: Date | null;
  receivedBy?: string | null;
  events?: { at: Date; actor?: string | null; kind: string; action?: string | null; taskKey?: string | null; comment?: string | null; data?: object | null }[];
  tasks?: { key: string; name: string; role: string; department?: string | null; createdAt: Date; dueAt?: Date | null; completedAt?: Date | null; completedBy?: string | null; action?: string | null }[];
}

export const demoApplicant = {
  fullName: 'Trần Thị Ánh Tuyết', idNumber: '079190000123', phone: '0909123456', email: 'tuyet@example.vn',
  address: 'Số 12 đường Nguyễn Huệ, phường Bến Nghé, tỉnh Demo',
};

export async function insertDossier(platform: TestPlatform, rows: DossierRows): Promise<number> {
  const db = sql(platform.orm.em.fork());
  const agency = (await db.one<{ id: number }>('select id from agency where code = ?', [rows.agencyCode ?? '000.00.14.H99']))!;
  let definition = await db.one<{ id: number }>("select id from process_definition where key = 'documents-fixture'");
  if (!definition) {
    definition = await db.one<{ id: number }>(
      `insert into process_definition (key, version, name, bpmn_xml, summary) values ('documents-fixture', 1, 'Fixture', '<definitions/>', '{}') returning id`,
    );
  }
  const userId = async (username: string | null | undefined) =>
    (username ? (await db.one<{ id: number }>('select id from app_user where username = ?', [username]))?.id ?? null : null);
  const receivedAt = rows.receivedAt === undefined ? new Date('2026-03-02T09:00:00+07:00') : rows.receivedAt;
  const dossier = (await db.one<{ id: string }>(
    `insert into dossier (code, procedure_version_id, procedure_code, procedure_name, sector_code, sector_name, agency_id, process_definition_id,
                          channel, status, applicant, applicant_subject, result_delivery, submitted_at, received_at, due_at, received_by)
     values (?, 1, '1.009994', ?, 'XD', 'Hoạt động xây dựng', ?, ?, ?, ?, ?, ?, 'counter', ?, ?, ?, ?) returning id`,
    [rows.code, rows.procedureName ?? 'Cấp giấy phép xây dựng nhà ở riêng lẻ', agency.id, definition!.id, rows.channel ?? 'counter',
      rows.status ?? 'processing', JSON.stringify(rows.applicant ?? demoApplicant), rows.applicantSubject ?? null, receivedAt, receivedAt,
      rows.dueAt === undefined ? new Date('2026-03-16T17:00:00+07:00') : rows.dueAt, await userId(rows.receivedBy === undefined ? 'motcua' : rows.receivedBy)],
  ))!;
  const id = Number(dossier.id);
  for (const [index, task] of (rows.tasks ?? []).entries()) {
    await db.run(
      `insert into task (dossier_id, instance_id, task_key, name, role, agency_id, department_id, created_at, due_at, completed_at, completed_by, status, action)
       values (?, ?, ?, ?, ?, ?, (select id from department where agency_id = ? and code = ?), ?, ?, ?, ?, ?, ?)`,
      [id, `${task.key}_${index}`, task.key, task.name, task.role, agency.id, agency.id, task.department ?? null, task.createdAt, task.dueAt ?? null,
        task.completedAt ?? null, await userId(task.completedBy), task.completedAt ? 'completed' : 'open', task.action ?? null],
    );
  }
  for (const event of rows.events ?? []) {
    await db.run(
      'insert into dossier_event (dossier_id, at, actor_name, kind, task_key, action, comment, data) values (?, ?, ?, ?, ?, ?, ?, ?)',
      [id, event.at, event.actor ?? null, event.kind, event.taskKey ?? null, event.action ?? null, event.comment ?? null, event.data ? JSON.stringify(event.data) : null],
    );
  }
  return id;
}

/** A citizen account and a token for it, as the national identity provider's sign-in would leave them. */
export async function citizenToken(platform: TestPlatform, subject: string, fullName: string, idNumber?: string): Promise<string> {
  const db = sql(platform.orm.em.fork());
  const row = await db.one<{ id: number }>(
    'insert into citizen (subject, full_name, id_number) values (?, ?, ?) on conflict (subject) do update set full_name = excluded.full_name returning id',
    [subject, fullName, idNumber ?? null],
  );
  return platform.app.jwt.sign({ sub: String(row!.id), ver: 0, kind: 'citizen' });
}

/** An officer account of any agency and roles, with a token, without the first-login password change. */
export async function officerToken(platform: TestPlatform, username: string, agencyCode: string, roles: string[], fullName = 'Cán bộ thử nghiệm'): Promise<string> {
  const db = sql(platform.orm.em.fork());
  const row = await db.one<{ id: number }>(
    `insert into app_user (username, password_hash, full_name, agency_id, must_change_password)
     values (?, 'not-a-hash', ?, (select id from agency where code = ?), false) returning id`,
    [username, fullName, agencyCode],
  );
  for (const role of roles) await db.run('insert into user_role (user_id, role) values (?, ?)', [row!.id, role]);
  return platform.app.jwt.sign({ sub: String(row!.id), ver: 0 });
}

export const demoLogin = (platform: TestPlatform, username: string) => platform.login(username, DEMO_PASSWORD);

/** The text of a PDF as poppler's pdftotext reads it, layout kept so table rows stay on one line. */
export function pdfText(pdf: Buffer, layout = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Saves a PDF and its first page as PNG under the given directory, for a person to look at. */
export function pdfToPng(pdf: Buffer, dir: string, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, join(dir, name)]);
  return join(dir, `${name}.png`);
}

/** A supertest response parser that keeps the body as bytes (PDFs, downloads). */
export function binary(res: Response, callback: (err: Error | null, body: Buffer) => void) {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
