import { Migration } from '@mikro-orm/migrations';

/**
 * Giấy tờ: official notice templates (versioned data, F1) and the notices issued from them,
 * dossier attachments and results with their checksums and signatures (F2, D11), signing
 * identities of the demo mode, the digitised results repository (F3) and the register of
 * verifiable documents that printed copies point to (F4). The built-in templates themselves are
 * seeded from api/documents/templates on first start, not here, so a province's own versions
 * are never overwritten by an upgrade.
 */
export class Migration20261125000030Documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table notice_template (
      id serial primary key,
      kind text not null check (kind ~ '^[a-z][a-z0-9-]{1,39}$'),
      version int not null,
      title text not null,
      scope text not null default 'dossier' check (scope in ('dossier', 'period')),
      paper text not null check (paper in ('A4', 'A5')),
      landscape boolean not null default false,
      applies_when jsonb not null default '{}',
      number_symbol text,
      kept boolean not null default true,
      source text not null,
      active boolean not null default false,
      note text,
      created_by int references app_user(id),
      created_at timestamptz not null default now(),
      unique (kind, version)
    );`);
    this.addSql('create unique index notice_template_active_idx on notice_template (kind) where active;');

    this.addSql(`create table verifiable_document (
      id text primary key,
      kind text not null check (kind in ('notice', 'paper_copy', 'result')),
      title text not null,
      code text not null,
      issuer_name text not null,
      agency_id int references agency(id),
      dossier_id bigint references dossier(id),
      sha256 text not null,
      copy_sha256 text,
      issued_at timestamptz not null,
      issued_by_name text,
      revoked_at timestamptz
    );`);
    this.addSql('create index verifiable_document_dossier_idx on verifiable_document (dossier_id) where dossier_id is not null;');

    this.addSql(`create table notice_sequence (
      agency_id int not null references agency(id),
      kind text not null,
      year int not null,
      last int not null,
      primary key (agency_id, kind, year)
    );`);
    this.addSql(`create table issued_notice (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      kind text not null,
      template_id int not null references notice_template(id),
      event_id bigint references dossier_event(id),
      number int not null,
      year int not null,
      issued_at timestamptz not null,
      issued_by_name text,
      storage_key text not null,
      sha256 text not null,
      verification_id text not null references verifiable_document(id)
    );`);
    this.addSql('create unique index issued_notice_once_idx on issued_notice (dossier_id, kind, coalesce(event_id, 0));');

    this.addSql(`create table attachment (
      id bigserial primary key,
      dossier_id bigint not null references dossier(id),
      purpose text not null default 'component' check (purpose in ('component', 'result')),
      component_code text,
      original_name text not null,
      storage_key text not null,
      media_type text not null,
      extension text not null,
      size_bytes bigint not null,
      sha256 text not null,
      signature_status text not null default 'none'
        check (signature_status in ('none', 'valid', 'untrusted', 'tampered', 'modified_after_signing')),
      signatures jsonb not null default '[]',
      result_stage text check (result_stage in ('draft', 'officer_signed', 'agency_signed')),
      derived_from bigint references attachment(id),
      uploaded_by_kind text not null check (uploaded_by_kind in ('officer', 'citizen')),
      uploaded_by_id int,
      uploaded_by_name text not null,
      uploaded_at timestamptz not null,
      removed_at timestamptz
    );`);
    this.addSql('create index attachment_dossier_idx on attachment (dossier_id, id);');

    this.addSql(`create table signing_identity (
      id serial primary key,
      owner_kind text not null check (owner_kind in ('ca', 'officer', 'agency')),
      owner_id int,
      subject text not null,
      serial text not null,
      certificate_pem text not null,
      pkcs12 bytea not null,
      not_after timestamptz not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql('create unique index signing_identity_owner_idx on signing_identity (owner_kind, coalesce(owner_id, 0));');

    this.addSql(`create table digitised_result (
      id bigserial primary key,
      agency_id int not null references agency(id),
      dossier_id bigint references dossier(id),
      attachment_id bigint references attachment(id),
      document_type_code text not null,
      document_number text,
      document_name text not null,
      summary text,
      holder_id_number text,
      holder_name text,
      holder_birth_year int,
      issued_on date,
      issuer text,
      expires_on date,
      validity_scope text,
      note text,
      missing_fields text[] not null default '{}',
      extra jsonb not null default '{}',
      created_by int references app_user(id),
      created_at timestamptz not null default now()
    );`);
    this.addSql('create index digitised_result_holder_idx on digitised_result (holder_id_number) where holder_id_number is not null;');
    this.addSql('create index digitised_result_agency_idx on digitised_result (agency_id, document_type_code);');

    this.addSql(`insert into role_permission (role, resource, action) values
      ('control_office', 'notice_template', 'manage'),
      ('system_admin', 'notice_template', 'manage'),
      ('specialist', 'result', 'upload'),
      ('department_head', 'result', 'upload'),
      ('agency_leader', 'result', 'upload'),
      ('clerk', 'result', 'upload'),
      ('agency_leader', 'result', 'sign_personal'),
      ('clerk', 'result', 'sign_agency'),
      ('desk_officer', 'digitised_result', 'manage'),
      ('specialist', 'digitised_result', 'manage'),
      ('clerk', 'digitised_result', 'manage'),
      ('desk_officer', 'paper_copy', 'make'),
      ('clerk', 'paper_copy', 'make'),
      ('specialist', 'paper_copy', 'make')
      on conflict do nothing;`);
  }
}
