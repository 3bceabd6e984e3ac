import { Migration } from '@mikro-orm/migrations';

/**
 * Danh mục thủ tục hành chính (REQUIREMENTS A3-A7): procedures and their versions, the test runs
 * that precede publication, each agency's catalogue, FAQ and guides, and catalogue import jobs.
 * Search normalises Vietnamese through an immutable unaccent wrapper, so that generated columns
 * and their indexes can use it: words through full-text search, typos through a vocabulary.
 */
export class Migration20261125000010Catalogue extends Migration {
  override async up(): Promise<void> {
    // unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it safe to index.
    this.addSql(`create or replace function immutable_unaccent(text) returns text
      language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`);
    this.addSql(`create or replace function search_normalize(text) returns text
      language sql immutable parallel safe strict
      as $$ select lower(public.immutable_unaccent($1)) $$;`);

    this.addSql(`create table procedure (
      id serial primary key,
      code text not null unique,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create table procedure_version (
      id serial primary key,
      procedure_id int not null references procedure(id),
      version int not null,
      status text not null check (status in ('draft', 'in_review', 'published', 'superseded', 'abolished')),
      revision int not null default 1,
      name text not null,
      search_name text generated always as (search_normalize(name)) stored,
      search_vector tsvector generated always as (to_tsvector('simple', search_normalize(name))) stored,
      sector_id int not null references sector(id),
      steps text not null default '',
      methods jsonb not null default '[]',
      components jsonb not null default '[]',
      processing_time_value numeric(8, 2) not null,
      processing_time_unit text not null check (processing_time_unit in ('working_days', 'working_hours')),
      applicants text not null default '',
      agency_codes jsonb not null default '[]',
      result text not null default '',
      fees jsonb not null default '[]',
      conditions text not null default '',
      legal_basis text not null default '',
      service_level text not null
        check (service_level in ('full_online', 'partial_online', 'offline', 'level2', 'level3', 'level4')),
      postal_allowed boolean not null default false,
      immediate_result boolean not null default false,
      cross_boundary boolean not null default false,
      process_key text,
      process_version int,
      form jsonb,
      decision_number text,
      decision_date date,
      review_note text,
      submitted_at timestamptz,
      submitted_by int references app_user(id),
      published_at timestamptz,
      published_by int references app_user(id),
      abolition_number text,
      abolition_date date,
      abolished_at timestamptz,
      abolished_by int references app_user(id),
      created_by int references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (procedure_id, version)
    );`);
    // At most one version being drafted or reviewed, and at most one in force, per procedure.
    this.addSql(`create unique index procedure_version_open_idx on procedure_version (procedure_id)
      where status in ('draft', 'in_review');`);
    this.addSql(`create unique index procedure_version_live_idx on procedure_version (procedure_id)
      where status = 'published';`);
    this.addSql(`create index procedure_version_words_idx on procedure_version
      using gin (search_vector) where status = 'published';`);
    this.addSql(`create index procedure_version_search_idx on procedure_version
      using gin (search_name gin_trgm_ops) where status = 'published';`);
    // Every syllable of every name, unaccented: the vocabulary a mistyped word is corrected against.
    this.addSql('create extension if not exists fuzzystrmatch;');
    this.addSql('create table search_word (word text primary key);');
    this.addSql(`create function catalogue_collect_words() returns trigger language plpgsql as $$
      begin
        insert into search_word (word)
          select distinct w from regexp_split_to_table(new.search_name, '[^a-z0-9]+') w where w <> ''
          on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger procedure_version_words after insert or update of name on procedure_version
      for each row execute function catalogue_collect_words();`);
    this.addSql(`create index procedure_version_sector_idx on procedure_version (sector_id, service_level)
      where status = 'published';`);

    this.addSql(`create table procedure_test_run (
      id serial primary key,
      version_id int not null references procedure_version(id),
      revision int not null,
      outcome text not null check (outcome in ('passed', 'failed')),
      notes text not null default '',
      dossier_code text,
      run_by int references app_user(id),
      run_at timestamptz not null default now()
    );`);
    this.addSql('create index procedure_test_run_version_idx on procedure_test_run (version_id);');

    this.addSql(`create table procedure_agency (
      procedure_id int not null references procedure(id),
      agency_id int not null references agency(id),
      added_by int references app_user(id),
      added_at timestamptz not null default now(),
      primary key (procedure_id, agency_id)
    );`);
    this.addSql('create index procedure_agency_agency_idx on procedure_agency (agency_id);');

    this.addSql(`create table help_article (
      id serial primary key,
      kind text not null check (kind in ('faq', 'guide')),
      procedure_id int references procedure(id),
      agency_id int references agency(id),
      title text not null,
      body text not null,
      position int not null default 0,
      created_by int references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (num_nonnulls(procedure_id, agency_id) = 1)
    );`);
    this.addSql('create index help_article_procedure_idx on help_article (procedure_id, kind) where procedure_id is not null;');
    this.addSql('create index help_article_agency_idx on help_article (agency_id, kind) where agency_id is not null;');

    this.addSql(`create table catalogue_import (
      id serial primary key,
      status text not null check (status in ('running', 'finished', 'failed')),
      format text not null,
      total int not null,
      processed int not null default 0,
      drafted int not null default 0,
      published int not null default 0,
      rejected int not null default 0,
      rejections jsonb not null default '[]',
      error text,
      started_by int references app_user(id),
      started_at timestamptz not null default now(),
      finished_at timestamptz
    );`);

    this.addSql(`insert into role_permission (role, resource, action) values
      ('control_office', 'procedure', 'manage'),
      ('control_office', 'procedure', 'publish'),
      ('control_office', 'procedure', 'test'),
      ('control_office', 'procedure', 'localise'),
      ('control_office', 'procedure', 'import'),
      ('control_office', 'procedure', 'export'),
      ('control_office', 'procedure_help', 'manage'),
      ('process_designer', 'procedure', 'manage'),
      ('process_designer', 'procedure', 'test'),
      ('process_designer', 'procedure', 'export'),
      ('process_designer', 'procedure_help', 'manage'),
      ('system_admin', 'procedure', 'manage'),
      ('system_admin', 'procedure', 'localise'),
      ('system_admin', 'procedure', 'import'),
      ('system_admin', 'procedure', 'export'),
      ('system_admin', 'procedure_help', 'manage'),
      ('agency_admin', 'procedure_help', 'manage');`);
  }
}
