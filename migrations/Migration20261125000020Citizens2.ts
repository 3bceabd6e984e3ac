import { Migration } from '@mikro-orm/migrations';

/** Twelve criteria of the province portal's satisfaction form, in the order citizens read them. */
const RATING_CRITERIA: [code: string, name: string][] = [
  ['overall', 'Mức độ hài lòng chung về việc giải quyết hồ sơ'],
  ['ease_of_use', 'Cổng Dịch vụ công dễ tìm thông tin, dễ sử dụng'],
  ['on_time', 'Hồ sơ được giải quyết đúng hoặc sớm hơn ngày hẹn trả'],
  ['staff_attitude', 'Thái độ phục vụ của cán bộ, công chức'],
  ['guidance', 'Hướng dẫn kê khai, hoàn thiện hồ sơ rõ ràng, đầy đủ'],
  ['publicity', 'Thủ tục được công khai đầy đủ, chính xác'],
  ['few_visits', 'Không phải đi lại, liên hệ nhiều lần'],
  ['fees_as_published', 'Phí, lệ phí thu đúng mức đã công khai'],
  ['supplement_once', 'Chỉ bị yêu cầu bổ sung hồ sơ một lần, có lý do rõ ràng'],
  ['progress_info', 'Được thông báo kịp thời về tiến độ giải quyết'],
  ['result_accuracy', 'Kết quả giải quyết chính xác, đúng quy định'],
  ['facilities', 'Nơi tiếp nhận và trả kết quả thuận tiện, đủ tiện nghi'],
];

/**
 * Cổng Dịch vụ công, the citizen side (REQUIREMENTS C1, C2, C7-C9): the structured address of the
 * identity claims, drafts of a submission (hồ sơ lưu nháp), ratings of a dossier against
 * configurable criteria (đánh giá mức độ hài lòng), feedback and questions routed to an agency
 * with a deadline in working days (phản ánh, kiến nghị; hỏi đáp), and the personal data store
 * (kho dữ liệu điện tử của tổ chức, cá nhân).
 */
export class Migration20261125000020Citizens2 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table citizen add column address_detail jsonb;');
    this.addSql('alter table citizen add column last_sign_in_at timestamptz;');

    this.addSql(`create table dossier_draft (
      id uuid primary key default gen_random_uuid(),
      citizen_id int not null references citizen(id) on delete cascade,
      procedure_code text not null,
      procedure_name text not null,
      agency_code text,
      form_data jsonb not null default '{}',
      result_delivery text check (result_delivery in ('counter', 'postal', 'online')),
      current_step text,
      version int not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );`);
    this.addSql('create index dossier_draft_citizen_idx on dossier_draft (citizen_id, updated_at desc);');

    this.addSql(`create table rating_criterion (
      code text primary key,
      name text not null,
      position int not null,
      active boolean not null default true
    );`);
    // Constant text without quotes, so it can be written into the statement as is.
    const rows = RATING_CRITERIA.map(([code, name], index) => `('${code}', '${name}', ${index + 1})`);
    this.addSql(`insert into rating_criterion (code, name, position) values ${rows.join(', ')};`);
    // One rating per dossier (C7): the unique key refuses a second one even under a race.
    this.addSql(`create table dossier_rating (
      id serial primary key,
      dossier_id bigint not null unique references dossier(id),
      citizen_id int not null references citizen(id),
      agency_id int not null references agency(id),
      average numeric(4, 2) not null,
      comment text,
      created_at timestamptz not null
    );`);
    this.addSql('create index dossier_rating_agency_idx on dossier_rating (agency_id, created_at);');
    this.addSql(`create table dossier_rating_score (
      rating_id int not null references dossier_rating(id) on delete cascade,
      criterion_code text not null references rating_criterion(code),
      score smallint not null check (score between 1 and 5),
      primary key (rating_id, criterion_code)
    );`);
    this.addSql(`create table dossier_rating_officer (
      rating_id int not null references dossier_rating(id) on delete cascade,
      user_id int not null references app_user(id),
      primary key (rating_id, user_id)
    );`);
    this.addSql('create index dossier_rating_officer_user_idx on dossier_rating_officer (user_id);');

    this.addSql(`create table feedback_setting (
      kind text primary key check (kind in ('feedback', 'question')),
      answer_working_days numeric(5, 2) not null check (answer_working_days > 0)
    );`);
    // Q&A within 15 working days (Long An, Điều 13), feedback within 3 (Sóc Trăng, Điều 18).
    this.addSql(`insert into feedback_setting (kind, answer_working_days) values ('question', 15), ('feedback', 3);`);
    this.addSql(`create table citizen_feedback (
      id serial primary key,
      kind text not null check (kind in ('feedback', 'question')),
      citizen_id int references citizen(id),
      agency_id int not null references agency(id),
      procedure_code text,
      dossier_code text,
      title text not null,
      body text not null,
      status text not null default 'open' check (status in ('open', 'answered')),
      due_at timestamptz not null,
      answer text,
      answered_by int references app_user(id),
      answered_at timestamptz,
      published boolean not null default false,
      created_at timestamptz not null
    );`);
    this.addSql('create index citizen_feedback_agency_idx on citizen_feedback (agency_id, status, due_at);');
    this.addSql('create index citizen_feedback_citizen_idx on citizen_feedback (citizen_id, created_at desc);');
    this.addSql('create index citizen_feedback_published_idx on citizen_feedback (answered_at desc) where published;');

    this.addSql(`create table citizen_personal_data (
      citizen_id int primary key references citizen(id) on delete cascade,
      data jsonb not null default '{}',
      updated_at timestamptz not null
    );`);
    this.addSql(`create table citizen_document (
      id bigserial primary key,
      citizen_id int not null references citizen(id) on delete cascade,
      kind text not null check (kind in ('component', 'result')),
      dossier_code text,
      procedure_name text,
      component_code text,
      name text not null,
      file_name text,
      content_type text,
      size_bytes bigint,
      storage_key text,
      checksum text,
      metadata jsonb not null default '{}',
      created_at timestamptz not null,
      hidden_at timestamptz
    );`);
    this.addSql('create index citizen_document_citizen_idx on citizen_document (citizen_id, created_at desc) where hidden_at is null;');

    this.addSql(`insert into role_permission (role, resource, action) values
      ('desk_officer', 'feedback', 'answer'),
      ('department_head', 'feedback', 'answer'),
      ('agency_leader', 'feedback', 'answer'),
      ('agency_admin', 'feedback', 'answer'),
      ('control_office', 'feedback', 'answer'),
      ('system_admin', 'feedback', 'answer'),
      ('control_office', 'feedback', 'configure'),
      ('system_admin', 'feedback', 'configure'),
      ('agency_leader', 'rating', 'read'),
      ('agency_admin', 'rating', 'read'),
      ('control_office', 'rating', 'read'),
      ('system_admin', 'rating', 'read'),
      ('control_office', 'rating', 'configure'),
      ('system_admin', 'rating', 'configure');`);
  }
}
