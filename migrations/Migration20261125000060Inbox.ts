import { Migration } from '@mikro-orm/migrations';

/**
 * The inbox at a province's scale (100,000 open tasks, bench/inbox.ts). Counting and paging an
 * officer's tasks reads one index and never the table: it is ordered as the inbox is (due date,
 * then id) and carries the columns the access rule checks. The dossier code search ("contains",
 * any case) is served by trigrams instead of reading every dossier.
 */
export class Migration20261125000060Inbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index task_open_inbox_idx on task (agency_id, role, due_at, id)
      include (department_id, assignee_id, dossier_id) where status = 'open';`);
    // Its leading columns are the new index's: kept, it would only slow every task write.
    this.addSql('drop index task_inbox_idx;');
    this.addSql('create index dossier_code_trgm_idx on dossier using gin (code gin_trgm_ops);');
  }
}
