/** The migrated database every test database is copied from (see global-setup.ts). */
export const TEMPLATE_DATABASE = 'tthc_test_template';
