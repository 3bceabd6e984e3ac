import { Migration } from '@mikro-orm/migrations';

/**
 * Quy trình nội bộ and hồ sơ: deployed BPMN versions, dossiers with their engine state, the task
 * read model (the inbox), the history log and the timer queue. One dossier action writes all of
 * them in one transaction (DESIGN.md decision 1).
 */
export class Migration20261125000003Workflow extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table process_definition (
      id serial primary key,
      key text not null,
      version int not null,
      name text,
      bpmn_xml text not null,
      summary jsonb not null,
      deployed_by int references app_user(id),
      deployed_at timestamptz not null default now(),
      unique (key, version)
    );`);
    this.addSql(`create table dossier (
      id bigserial primary key,
      code text not null unique,
      procedure_version_id int not null,
      procedure_code text not null,
      procedure_name text not null,
      sector_code text,
      sector_name text,
      agency_id int not null references agency(id),
      process_definition_id int not null references process_definition(id),
      channel text not null check (channel in ('online', 'counter', 'postal')),
      status text not null,
      applicant jsonb not null,
      applicant_subject text,
      form_data jsonb not null default '{}',
      result_delivery text,
      engine_state jsonb,
      version int not null default 0,
      submitted_at timestamptz,
      received_at timestamptz,
      due_at timestamptz,
      resolved_at timestamptz,
      completed_at timestamptz,
      clock_stopped_at timestamptz,
      received_by int references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );`);
    this.addSql('create index dossier_agency_status_idx on dossier (agency_id, status);');
    this.addSql('create index dossier_applicant_idx on dossier (applicant_subject) where applicant_subject is not null;');
    this.addSql('create index dossier_due_idx on dossier (due_at) where completed_at is null;');
    this.addSql(`create table dossier_sequence (
      agency_id int not null references agency(id),
      day date not null,
      last int not null,
      primary key (agency_id, day)
    );`);
    this.addSql(`create table task (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      instance_id text not null,
      task_key text not null,
      name text not null,
      role text not null,
      agency_id int not null references agency(id),
      department_id int references department(id),
      assignee_id int references app_user(id),
      actions text[] not null default '{}',
      form_view text,
      budget jsonb,
      status text not null default 'open' check (status in ('open', 'completed', 'cancelled')),
      created_at timestamptz not null,
      due_at timestamptz,
      claimed_at timestamptz,
      completed_at timestamptz,
      completed_by int references app_user(id),
      action text,
      unique (dossier_id, instance_id)
    );`);
    this.addSql('create index task_inbox_idx on task (agency_id, role, due_at) where status = \'open\';');
    this.addSql('create index task_assignee_idx on task (assignee_id, due_at) where status = \'open\';');
    this.addSql('create index task_dossier_idx on task (dossier_id);');
    this.addSql(`create table dossier_event (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      at timestamptz not null,
      actor_id int references app_user(id),
      actor_name text,
      kind text not null,
      task_key text,
      action text,
      comment text,
      data jsonb
    );`);
    this.addSql('create index dossier_event_dossier_idx on dossier_event (dossier_id, id);');
    this.addSql(`create table timer_job (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      timer_id text not null,
      element_id text,
      due_at timestamptz not null,
      fired_at timestamptz,
      cancelled_at timestamptz,
      unique (dossier_id, timer_id)
    );`);
    this.addSql('create index timer_job_due_idx on timer_job (due_at) where fired_at is null and cancelled_at is null;');
    this.addSql(`insert into role_permission (role, resource, action) values
      ('process_designer', 'process', 'deploy'),
      ('system_admin', 'process', 'deploy'),
      ('process_designer', 'process', 'read'),
      ('system_admin', 'process', 'read'),
      ('control_office', 'process', 'read'),
      ('desk_officer', 'dossier', 'receive'),
      ('desk_officer', 'task', 'work'),
      ('postal_staff', 'task', 'work'),
      ('department_head', 'task', 'work'),
      ('specialist', 'task', 'work'),
      ('agency_leader', 'task', 'work'),
      ('clerk', 'task', 'work');`);
  }
}
