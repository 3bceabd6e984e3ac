import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../calendar/clock';
import { toIsoLocal } from '../../calendar/local-time';
import { AppError, errorCatalogue, type ErrorCode, type ErrorDetail } from '../../errors/catalogue';
import { translateValidationErrors } from '../../errors/validation-messages';
import type { Principal } from '../../identity/principal';
import { buildValidator } from '../../platform/validation';
import { amendProcedure, createProcedure, publishProcedure, type Actor } from '../lifecycle';
import type { ProcedureInput } from '../model';
import { createProcedureBody } from '../schemas';
import { json, sql, toDateOrNull } from '../sql';
import { findVersion } from '../version-store';

/**
 * Nhập danh mục TTHC (a province migrating hundreds of procedures at once). Rows run one by one,
 * each in its own transaction, so a rejected row leaves nothing behind and never stops the others.
 * The job row carries the counts and every rejection; clients poll it for progress.
 */

export interface ImportRow {
  /** Where the row stands in the file: the CSV line, or the 1-based position in the JSON list. */
  line: number;
  record?: unknown;
  problems: ErrorDetail[];
}

export interface Rejection {
  row: number;
  code: string | null;
  error: ErrorCode;
  message: string;
  details: ErrorDetail[];
}

type Outcome = 'drafted' | 'published' | Rejection;

// One compiled validator: the same rules, defaults and Vietnamese messages as POST /api/admin/procedures.
const validateRecord = buildValidator()({ schema: createProcedureBody, httpPart: 'body', method: 'POST', url: '/api/admin/procedures' }) as
  ((data: unknown) => boolean) & { errors?: Parameters<typeof translateValidationErrors>[0] | null };

const reject = (row: ImportRow, code: string | null, error: ErrorCode, details: ErrorDetail[], message?: string): Rejection => ({
  row: row.line, code, error, message: message ?? errorCatalogue[error].message, details,
});

/** A row as a complete record: what it leaves out takes the default, never the old version's value. */
function asReplacement(input: ProcedureInput): Partial<ProcedureInput> {
  return {
    ...input,
    steps: input.steps ?? '', methods: input.methods ?? [], components: input.components ?? [], applicants: input.applicants ?? '',
    result: input.result ?? '', fees: input.fees ?? [], conditions: input.conditions ?? '', legalBasis: input.legalBasis ?? '',
    postalAllowed: input.postalAllowed ?? false, immediateResult: input.immediateResult ?? false, crossBoundary: input.crossBoundary ?? false,
    processKey: input.processKey ?? null, processVersion: input.processVersion ?? null, formSchema: input.formSchema ?? null,
    decision: input.decision ?? null,
  };
}

export class CatalogueImports {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly mayPublish: (principal: Principal) => boolean,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Records the job and starts it in the background; returns the job as it stands. */
  async start(em: EntityManager, principal: Principal, format: 'json' | 'csv' | 'xlsx', rows: ImportRow[]): Promise<ImportJobView> {
    const inserted = await sql<{ id: number }>(em,
      `insert into catalogue_import (status, format, total, started_by, started_at) values ('running', ?, ?, ?, ?) returning id`,
      [format, rows.length, principal.id, this.clock.now()]);
    const id = inserted[0].id;
    const run = this.run(id, principal, rows).catch(async (error) => {
      this.onFailure(error);
      await sql(this.orm.em.fork(), `update catalogue_import set status = 'failed', error = ?, finished_at = ? where id = ?`,
        [error instanceof Error ? error.message : String(error), this.clock.now(), id]).catch(this.onFailure);
    });
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return (await findImport(em, id))!;
  }

  /** Server shutdown: each running job stops after its current row and is marked interrupted. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.running]);
  }

  private async run(id: number, principal: Principal, rows: ImportRow[]): Promise<void> {
    const seen = new Map<string, number>();
    const publish = this.mayPublish(principal);
    for (const row of rows) {
      if (this.stopping) {
        await sql(this.orm.em.fork(), `update catalogue_import set status = 'failed', error = ?, finished_at = ? where id = ?`,
          ['Máy chủ dừng khi đang nhập; các dòng chưa xử lý không được nhập, hãy nhập lại các dòng đó.', this.clock.now(), id]);
        return;
      }
      const outcome = await this.importRow(row, principal, seen, publish);
      const rejection = typeof outcome === 'object' ? outcome : null;
      await sql(this.orm.em.fork(),
        `update catalogue_import set processed = processed + 1, drafted = drafted + ?, published = published + ?, rejected = rejected + ?,
           rejections = rejections || ?::jsonb where id = ?`,
        [outcome === 'drafted' ? 1 : 0, outcome === 'published' ? 1 : 0, rejection ? 1 : 0, json(rejection ? [rejection] : []), id]);
    }
    await sql(this.orm.em.fork(), `update catalogue_import set status = 'finished', finished_at = ? where id = ?`, [this.clock.now(), id]);
  }

  private async importRow(row: ImportRow, principal: Principal, seen: Map<string, number>, publish: boolean): Promise<Outcome> {
    const rawCode = (row.record as { code?: unknown } | undefined)?.code;
    const code = typeof rawCode === 'string' ? rawCode : null;
    if (row.problems.length > 0) return reject(row, code, 'VALIDATION_FAILED', row.problems);
    if (!validateRecord(row.record)) return reject(row, code, 'VALIDATION_FAILED', translateValidationErrors(validateRecord.errors ?? [], 'body'));
    const input = row.record as ProcedureInput;
    const earlier = seen.get(input.code);
    if (earlier !== undefined) {
      return reject(row, input.code, 'PROCEDURE_INVALID', [{ path: '/code', message: `Mã thủ tục “${input.code}” trùng với dòng ${earlier} của cùng tệp.` }]);
    }
    seen.set(input.code, row.line);
    const actor: Actor = { principal, now: this.clock.now() };
    try {
      return await this.orm.em.fork().transactional(async (tx) => {
        const existing = await findVersion(tx, { code: input.code, state: 'latest' });
        if (existing) await amendProcedure(tx, actor, input.code, asReplacement(input));
        else await createProcedure(tx, actor, input);
        // A record carrying its decision and no process is information only: nothing to test, it takes effect as issued.
        if (publish && input.decision && !input.processKey) {
          await publishProcedure(tx, actor, input.code, input.decision);
          return 'published';
        }
        return 'drafted';
      });
    } catch (error) {
      if (error instanceof AppError) return reject(row, input.code, error.code, error.details, error.message);
      // Another import or officer wrote the same procedure at the same moment.
      if ((error as { code?: string }).code === '23505') return reject(row, input.code, 'CONFLICT', []);
      this.onFailure(error);
      return reject(row, input.code, 'INTERNAL', []);
    }
  }
}

export interface ImportJobView {
  id: number;
  status: 'running' | 'finished' | 'failed';
  format: string;
  total: number;
  processed: number;
  drafted: number;
  published: number;
  rejected: number;
  rejections: Rejection[];
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export async function findImport(em: EntityManager, id: number): Promise<ImportJobView | null> {
  const rows = await sql<Omit<ImportJobView, 'startedAt' | 'finishedAt'> & { started_at: string; finished_at: string | null }>(em,
    'select id, status, format, total, processed, drafted, published, rejected, rejections, error, started_at, finished_at from catalogue_import where id = ?',
    [id]);
  const row = rows[0];
  if (!row) return null;
  const { started_at: startedAt, finished_at: finishedAt, ...rest } = row;
  return { ...rest, startedAt: toIsoLocal(toDateOrNull(startedAt)!), finishedAt: finishedAt ? toIsoLocal(toDateOrNull(finishedAt)!) : null };
}
