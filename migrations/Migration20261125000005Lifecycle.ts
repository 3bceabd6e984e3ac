import { Migration } from '@mikro-orm/migrations';

/**
 * The paths the regulations name beside the main flow: extensions with apology, consultations
 * with other agencies, verification visits, alerts for the one-stop desk, province settings,
 * and timers that are not the engine's (consultation deadlines, the daily overdue review).
 */
export class Migration20261125000005Lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table dossier
      add column original_due_at timestamptz,
      add column extension_count int not null default 0,
      add column reception_due_at timestamptz;`);
    this.addSql(`alter table timer_job
      add column kind text not null default 'engine',
      add column payload jsonb,
      alter column dossier_id drop not null;`);
    // Jobs of the whole province (the daily overdue review) belong to no dossier: one per moment.
    this.addSql('create unique index timer_job_system_idx on timer_job (timer_id) where dossier_id is null;');
    this.addSql(`create table province_setting (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    );`);
    this.addSql(`insert into province_setting (key, value) values
      ('onlineReceptionLimit', '{"value": 8, "unit": "working_hours"}'),
      ('overdueReviewTimes', '["10:30", "15:00"]'),
      ('consultationDefaultDays', '5');`);
    this.addSql(`create table consultation (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      content text not null,
      deadline timestamptz not null,
      requested_by int references app_user(id),
      created_at timestamptz not null
    );`);
    this.addSql(`create table consultation_agency (
      consultation_id bigint not null references consultation(id),
      agency_id int not null references agency(id),
      reply text,
      replied_at timestamptz,
      replied_by int references app_user(id),
      late_alerted_at timestamptz,
      primary key (consultation_id, agency_id)
    );`);
    this.addSql('create index consultation_agency_open_idx on consultation_agency (agency_id) where replied_at is null;');
    this.addSql(`create table verification_visit (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      visited_at timestamptz not null,
      place text not null,
      participants text[] not null,
      content text not null,
      conclusion text,
      recorded_by int references app_user(id),
      created_at timestamptz not null
    );`);
    this.addSql(`create table external_step (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      agency_name text not null,
      requested_at timestamptz not null,
      result text,
      document_number text,
      recorded_at timestamptz,
      recorded_by int references app_user(id)
    );`);
    this.addSql(`create table alert (
      id bigserial primary key,
      agency_id int not null references agency(id),
      role text not null,
      kind text not null,
      dossier_id bigint references dossier(id),
      message text not null,
      created_at timestamptz not null,
      read_at timestamptz
    );`);
    this.addSql('create index alert_inbox_idx on alert (agency_id, role, created_at) where read_at is null;');
    this.addSql(`insert into role_permission (role, resource, action) values
      ('postal_staff', 'dossier', 'receive'),
      ('desk_officer', 'dossier', 'return'),
      ('desk_officer', 'dossier', 'extend'),
      ('agency_leader', 'dossier', 'extend'),
      ('desk_officer', 'dossier', 'supplement'),
      ('desk_officer', 'dossier', 'withdraw'),
      ('desk_officer', 'dossier', 'stop'),
      ('agency_leader', 'dossier', 'stop'),
      ('specialist', 'dossier', 'consult'),
      ('department_head', 'dossier', 'consult'),
      ('specialist', 'dossier', 'verify'),
      ('department_head', 'dossier', 'verify'),
      ('specialist', 'consultation', 'reply'),
      ('department_head', 'consultation', 'reply'),
      ('agency_leader', 'consultation', 'reply'),
      ('desk_officer', 'dossier', 'external_result'),
      ('specialist', 'dossier', 'external_result'),
      ('desk_officer', 'dossier', 'review_overdue'),
      ('agency_leader', 'dossier', 'review_overdue'),
      ('control_office', 'dossier', 'review_overdue'),
      ('system_admin', 'settings', 'manage'),
      ('control_office', 'settings', 'manage');`);
  }
}
