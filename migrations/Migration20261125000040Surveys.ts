import { Migration } from '@mikro-orm/migrations';

/**
 * Khảo sát mức độ hài lòng theo đợt (REQUIREMENTS C7; Cần Thơ, Điều 12.3): an agency, or the
 * province, runs a campaign over a period with its own questions; a signed-in citizen answers once
 * per campaign about the agency they dealt with; results add up per agency.
 */
export class Migration20261125000040Surveys extends Migration {
  override async up(): Promise<void> {
    // No owner agency: a campaign of the whole province (run by the Department of Home Affairs).
    this.addSql(`create table survey_campaign (
      id serial primary key,
      title text not null,
      description text,
      owner_agency_id int references agency(id),
      starts_on date not null,
      ends_on date not null,
      closed_at timestamptz,
      closed_by int references app_user(id),
      created_by int references app_user(id),
      created_at timestamptz not null,
      check (ends_on >= starts_on)
    );`);
    this.addSql('create index survey_campaign_period_idx on survey_campaign (ends_on desc, starts_on);');
    this.addSql(`create table survey_question (
      campaign_id int not null references survey_campaign(id) on delete cascade,
      code text not null,
      position int not null,
      text text not null,
      primary key (campaign_id, code)
    );`);
    // Once per citizen and campaign: the unique key refuses a second answer even under a race.
    this.addSql(`create table survey_response (
      id serial primary key,
      campaign_id int not null references survey_campaign(id),
      citizen_id int not null references citizen(id),
      agency_id int not null references agency(id),
      average numeric(4, 2) not null,
      comment text,
      created_at timestamptz not null,
      unique (campaign_id, citizen_id)
    );`);
    this.addSql('create index survey_response_agency_idx on survey_response (campaign_id, agency_id);');
    this.addSql(`create table survey_answer (
      response_id int not null references survey_response(id) on delete cascade,
      question_code text not null,
      score smallint not null check (score between 1 and 5),
      primary key (response_id, question_code)
    );`);
    this.addSql(`insert into role_permission (role, resource, action) values
      ('agency_leader', 'survey', 'manage'),
      ('agency_admin', 'survey', 'manage'),
      ('control_office', 'survey', 'manage'),
      ('system_admin', 'survey', 'manage');`);
  }
}
