import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import { fireTimer } from '../../engine';
import type { CalendarStore } from '../calendar/calendar-store';
import type { Clock } from '../calendar/clock';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { sql, type Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import type { DefinitionStore } from './definitions';
import { persistStep } from './step-writer';

interface DueJob {
  job_id: string;
  kind: string;
  timer_id: string;
  element_id: string | null;
  payload: Record<string, unknown> | null;
  due_at: Date;
  dossier_id: string | null;
  version: number | null;
  agency_id: number | null;
  engine_state: unknown;
  process_definition_id: number | null;
}

/** A job that is not an engine timer: consultation deadlines, the daily overdue review, … */
export type SystemJobHandler = (job: { db: Sql; calendar: WorkingCalendar; now: Date; dueAt: Date; payload: Record<string, unknown>; dossierId: number | null }) => Promise<void>;

/**
 * Fires the jobs that have fallen due by the injected clock. Jobs live in PostgreSQL, so a timer
 * due while every node was down fires at the next start; each node takes due jobs with
 * `FOR UPDATE SKIP LOCKED` and marks them fired in the same transaction as their effect, so
 * with several nodes each timer fires exactly once.
 */
export class TimerWorker {
  private poller?: NodeJS.Timeout;
  private running?: Promise<number>;
  private readonly handlers = new Map<string, SystemJobHandler>();

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly definitions: DefinitionStore,
    private readonly calendars: CalendarStore,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Features register what their own kinds of job do. */
  handle(kind: string, handler: SystemJobHandler): void {
    this.handlers.set(kind, handler);
  }

  start(intervalMs: number): void {
    this.poller = setInterval(() => void this.runDue().catch((err) => this.log.error({ err }, 'timer poll failed')), intervalMs);
    this.poller.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.poller);
    await this.running?.catch(() => 0);
  }

  /** Fires every job due now; concurrent calls on one node share one pass. Returns how many fired. */
  runDue(): Promise<number> {
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<number> {
    let fired = 0;
    while (await this.fireOne()) fired += 1;
    return fired;
  }

  private async fireOne(): Promise<boolean> {
    const now = this.clock.now();
    try {
      return await this.orm.em.fork().transactional(async (tx) => {
        const db = sql(tx);
        const job = await db.one<DueJob>(
          `select j.id as job_id, j.kind, j.timer_id, j.element_id, j.payload, j.due_at, d.id as dossier_id, d.version, d.agency_id,
                  d.engine_state, d.process_definition_id
             from timer_job j left join dossier d on d.id = j.dossier_id
            where j.fired_at is null and j.cancelled_at is null and j.due_at <= ?
            order by j.due_at, j.id
            limit 1
            for update of j skip locked`,
          [now],
        );
        if (!job) return false;
        await db.run('update timer_job set fired_at = ? where id = ?', [now, job.job_id]);
        const calendar = await this.calendars.current(tx);
        if (job.kind === 'engine') await this.fireEngineTimer(tx, db, calendar, job, now);
        else await this.fireSystemJob(db, calendar, job, now);
        return true;
      });
    } catch (error) {
      // A dossier changed under us: the job stays due and the next pass retries it.
      if (error instanceof AppError && error.code === 'CONFLICT') return false;
      throw error;
    }
  }

  private async fireEngineTimer(tx: Parameters<DefinitionStore['get']>[0], db: Sql, calendar: WorkingCalendar, job: DueJob, now: Date) {
    const definition = await this.definitions.get(tx, job.process_definition_id!);
    const step = await fireTimer(definition, job.engine_state as never, { timerId: job.timer_id, now, hot: this.definitions.hot(Number(job.dossier_id)) });
    await persistStep(
      { db, calendar, now, actor: { id: null, name: 'Hệ thống' } },
      { id: Number(job.dossier_id), version: job.version!, agencyId: job.agency_id! },
      step, {}, { kind: 'timer_fired', taskKey: job.element_id },
    );
  }

  private async fireSystemJob(db: Sql, calendar: WorkingCalendar, job: DueJob, now: Date) {
    const handler = this.handlers.get(job.kind);
    if (!handler) throw new Error(`No handler for timer jobs of kind ${job.kind}`);
    await handler({ db, calendar, now, dueAt: job.due_at, payload: job.payload ?? {}, dossierId: job.dossier_id ? Number(job.dossier_id) : null });
  }
}
