import { Migration } from '@mikro-orm/migrations';

/**
 * Công dân, tổ chức: accounts of people and organisations who sign in through the national
 * identity provider (VNeID / the national portal's SSO). The subject is the provider's stable id.
 */
export class Migration20261125000004Citizens extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table citizen (
      id serial primary key,
      subject text not null unique,
      kind text not null default 'person' check (kind in ('person', 'organisation')),
      id_number text,
      tax_code text,
      full_name text not null,
      birth_date date,
      gender text,
      phone text,
      email text,
      address text,
      token_version int not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );`);
    this.addSql('create index citizen_id_number_idx on citizen (id_number);');
  }
}
