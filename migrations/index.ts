import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000001Foundation } from './Migration20261125000001Foundation';
import { Migration20261125000002Calendar } from './Migration20261125000002Calendar';
import { Migration20261125000003Workflow } from './Migration20261125000003Workflow';
import { Migration20261125000004Citizens } from './Migration20261125000004Citizens';
import { Migration20261125000005Lifecycle } from './Migration20261125000005Lifecycle';
import { Migration20261125000010Catalogue } from './Migration20261125000010Catalogue';
import { Migration20261125000020Citizens2 } from './Migration20261125000020Citizens2';
import { Migration20261125000030Documents } from './Migration20261125000030Documents';
import { Migration20261125000040Surveys } from './Migration20261125000040Surveys';
import { Migration20261125000050History } from './Migration20261125000050History';
import { Migration20261125000060Inbox } from './Migration20261125000060Inbox';
import { Migration20261125000070Postal } from './Migration20261125000070Postal';
import { Migration20261204000080Notifications } from './Migration20261204000080Notifications';

/**
 * Every migration, in order. Listed explicitly so that the same list runs under tsx, Jest and a
 * compiled build, without globbing the file system.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125000001Foundation', class: Migration20261125000001Foundation },
  { name: 'Migration20261125000002Calendar', class: Migration20261125000002Calendar },
  { name: 'Migration20261125000003Workflow', class: Migration20261125000003Workflow },
  { name: 'Migration20261125000004Citizens', class: Migration20261125000004Citizens },
  { name: 'Migration20261125000005Lifecycle', class: Migration20261125000005Lifecycle },
  { name: 'Migration20261125000010Catalogue', class: Migration20261125000010Catalogue },
  { name: 'Migration20261125000020Citizens2', class: Migration20261125000020Citizens2 },
  { name: 'Migration20261125000030Documents', class: Migration20261125000030Documents },
  { name: 'Migration20261125000040Surveys', class: Migration20261125000040Surveys },
  { name: 'Migration20261125000050History', class: Migration20261125000050History },
  { name: 'Migration20261125000060Inbox', class: Migration20261125000060Inbox },
  { name: 'Migration20261125000070Postal', class: Migration20261125000070Postal },
  { name: 'Migration20261204000080Notifications', class: Migration20261204000080Notifications },
];
