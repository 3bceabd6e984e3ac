import { Migration } from '@mikro-orm/migrations';

/**
 * Thông báo cho người nộp hồ sơ (G1): every message sent, or tried, to the applicant through each
 * channel, so officers and the applicant can see what was said and whether it arrived. The work
 * itself is a `notify` job in timer_job, written in the same transaction as the step that calls for it.
 */
export class Migration20261204000080Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table notification (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      event_id bigint references dossier_event(id),
      kind text not null,
      channel text not null,
      recipient text not null,
      subject text not null,
      body text not null,
      status text not null check (status in ('sent', 'failed')),
      error text,
      attempt int not null,
      at timestamptz not null
    );`);
    this.addSql('create index notification_dossier_idx on notification (dossier_id, id);');
  }
}
