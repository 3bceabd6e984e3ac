import { Migration } from '@mikro-orm/migrations';

/** Lịch làm việc của tỉnh: working hours, weekends, holidays and swapped days, as one JSON document. */
export class Migration20261125000002Calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table working_calendar (
      id text primary key,
      rules jsonb not null,
      version int not null default 1,
      updated_at timestamptz not null default now()
    );`);
    this.addSql(`insert into role_permission (role, resource, action) values
      ('system_admin', 'calendar', 'manage'),
      ('control_office', 'calendar', 'manage');`);
  }
}
