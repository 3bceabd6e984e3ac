import { Migration } from '@mikro-orm/migrations';

/**
 * Nhật ký xử lý (D12): each event records the role its actor acted in, and the files that came
 * with it (a draft result, the scans of a supplement), beside who, when, what and why.
 */
export class Migration20261125000050History extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table dossier_event add column actor_role text;');
    this.addSql(`alter table dossier_event add column attachment_ids bigint[] not null default '{}';`);
    // Events written before: files were named in their data, roles were not recorded.
    this.addSql(`update dossier_event set attachment_ids = array[(data->>'attachmentId')::bigint] where data ? 'attachmentId';`);
  }
}
