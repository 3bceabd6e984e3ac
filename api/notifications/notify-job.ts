import type { SystemJobHandler } from '../workflow/timer-worker';
import { trackingUrl } from '../documents/notices/notice-service';
import type { Sql } from '../db/sql';
import { addressOn, contentOn, type NotificationChannel } from './channels';
import type { NotificationChannelName } from '../config';
import { noticeText, type NoticeText } from './messages';
import type { NotificationKind } from './moments';

/** The kind of timer_job that tells the applicant about a step. */
export const NOTIFY_JOB = 'notify';

/** What a notify job carries: the notice, the event behind it, and on a retry which channels failed. */
interface NotifyPayload {
  kind: NotificationKind;
  eventId: number;
  attempt?: number;
  channels?: string[];
}

/** Minutes before the next try of a channel that failed, by attempt; past the last, the failure stands. */
const RETRY_MINUTES = [5, 30, 120, 480];

/**
 * The statement that asks for the notice of a step, as a part of the step's own write: it reads
 * the history event the step appends from the statement's `ev` part, so the notice exists exactly
 * when the step does (DESIGN.md decision 1, the outbox).
 */
export function noticeOfStep(dossierId: number, now: Date, kind: NotificationKind): { sql: string; params: unknown[] } {
  return {
    sql: `insert into timer_job (dossier_id, timer_id, kind, due_at, payload)
          select ?, 'notify:' || ev.id || ':1', '${NOTIFY_JOB}', ?, jsonb_build_object('kind', ?::text, 'eventId', ev.id) from ev returning id`,
    params: [dossierId, now, kind],
  };
}

interface DossierFacts {
  code: string;
  applicant: { fullName: string; email?: string | null; phone?: string | null };
  procedure_name: string;
  agency_name: string;
  due_at: Date | null;
  comment: string | null;
}

/**
 * Sends the notice of a step through every channel the province turned on and the applicant can
 * be reached by, and records each delivery. A channel that fails is tried again later, alone; the
 * others are not sent twice. Failures are caught here: a job that threw would stay first in the
 * queue and hold up every timer behind it.
 */
export function deliverNotices(channels: NotificationChannel[], publicUrl: string): SystemJobHandler {
  return async ({ db, now, payload, dossierId }) => {
    const job = payload as unknown as NotifyPayload;
    if (dossierId === null) return;
    const facts = await db.one<DossierFacts>(
      `select d.code, d.applicant, d.procedure_name, a.name as agency_name, d.due_at, e.comment
         from dossier d join agency a on a.id = d.agency_id left join dossier_event e on e.id = ? and e.dossier_id = d.id
        where d.id = ?`, [job.eventId, dossierId],
    );
    if (!facts) return;
    const text = noticeText(job.kind, {
      code: facts.code, applicantName: facts.applicant.fullName, procedureName: facts.procedure_name, agencyName: facts.agency_name,
      dueAt: facts.due_at, comment: facts.comment, trackingUrl: trackingUrl(publicUrl, facts.code),
    });
    const attempt = job.attempt ?? 1;
    const failed: string[] = [];
    for (const channel of channels.filter((c) => !job.channels || job.channels.includes(c.name))) {
      const to = addressOn(channel.name, facts.applicant);
      if (!to) continue;
      const error = await channel.send(to, text).then(() => null, (reason: unknown) => `Không gửi được: ${String((reason as Error)?.message ?? reason)}`.slice(0, 500));
      await record(db, { dossierId, job, channel: channel.name, to, text, error, attempt, now });
      if (error) failed.push(channel.name);
    }
    if (failed.length && attempt <= RETRY_MINUTES.length) {
      const next: NotifyPayload = { ...job, attempt: attempt + 1, channels: failed };
      await db.run(
        `insert into timer_job (dossier_id, timer_id, kind, due_at, payload) values (?, ?, '${NOTIFY_JOB}', ?, ?) on conflict do nothing`,
        [dossierId, `notify:${job.eventId}:${next.attempt}`, new Date(now.getTime() + RETRY_MINUTES[attempt - 1] * 60_000), JSON.stringify(next)],
      );
    }
  };
}

async function record(db: Sql, sent: {
  dossierId: number; job: NotifyPayload; channel: NotificationChannelName; to: string; text: NoticeText; error: string | null; attempt: number; now: Date;
}): Promise<void> {
  const { text } = sent;
  await db.run(
    `insert into notification (dossier_id, event_id, kind, channel, recipient, subject, body, status, error, attempt, at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [sent.dossierId, sent.job.eventId, sent.job.kind, sent.channel, sent.to, text.subject, contentOn(sent.channel, text),
      sent.error ? 'failed' : 'sent', sent.error, sent.attempt, sent.now],
  );
}

/** Thông báo đã gửi: what the applicant was told about a dossier, through which channel, and whether it arrived. */
export async function dossierNotifications(db: Sql, dossierId: number) {
  return db.all<{ kind: string; channel: string; recipient: string; subject: string; body: string; status: string; error: string | null; attempt: number; at: Date }>(
    `select kind, channel, recipient, subject, body, status, error, attempt, at from notification where dossier_id = ? order by id`, [dossierId],
  );
}
