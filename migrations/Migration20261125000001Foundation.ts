import { Migration } from '@mikro-orm/migrations';

/** Organisation, officer identity and role permissions: the ground every feature stands on. */
export class Migration20261125000001Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists unaccent;');
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql(`create table admin_level (
      code text primary key,
      name text not null,
      rank int not null
    );`);
    this.addSql(`insert into admin_level (code, name, rank) values
      ('province', 'Cấp tỉnh', 1), ('district', 'Cấp huyện', 2), ('commune', 'Cấp xã', 3);`);
    this.addSql(`create table agency (
      id serial primary key,
      code text not null unique,
      name text not null,
      level_code text not null references admin_level(code),
      parent_id int references agency(id),
      path text not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql('create index agency_path_idx on agency (path text_pattern_ops);');
    this.addSql('create index agency_parent_idx on agency (parent_id);');
    this.addSql(`create table department (
      id serial primary key,
      agency_id int not null references agency(id),
      code text not null,
      name text not null,
      unique (agency_id, code)
    );`);
    this.addSql(`create table sector (
      id serial primary key,
      code text not null unique,
      name text not null
    );`);
    this.addSql(`create table app_user (
      id serial primary key,
      username text not null unique,
      password_hash text not null,
      full_name text not null,
      email text,
      agency_id int references agency(id),
      department_id int references department(id),
      must_change_password boolean not null default true,
      failed_logins int not null default 0,
      locked_until timestamptz,
      revoked_at timestamptz,
      token_version int not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );`);
    this.addSql('create index app_user_agency_idx on app_user (agency_id);');
    this.addSql(`create table user_role (
      user_id int not null references app_user(id) on delete cascade,
      role text not null,
      primary key (user_id, role)
    );`);
    this.addSql(`create table role_permission (
      role text not null,
      resource text not null,
      action text not null,
      primary key (role, resource, action)
    );`);
    this.addSql(`create table system_secret (
      name text primary key,
      value text not null,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`insert into role_permission (role, resource, action) values
      ('system_admin', 'level', 'manage'),
      ('system_admin', 'agency', 'manage'),
      ('control_office', 'agency', 'manage'),
      ('system_admin', 'department', 'manage'),
      ('control_office', 'department', 'manage'),
      ('agency_admin', 'department', 'manage'),
      ('system_admin', 'sector', 'manage'),
      ('control_office', 'sector', 'manage'),
      ('system_admin', 'user', 'manage'),
      ('agency_admin', 'user', 'manage');`);
  }
}
