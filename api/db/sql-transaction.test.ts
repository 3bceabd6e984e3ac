import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { sql } from './sql';
import { runInThisContext } from 'node:vm';

/** Node's own process: jest hands tests a copy of it, while pg's deprecations warn on the real one. */
const nodeProcess = runInThisContext('process') as NodeJS.Process;

describe('plain SQL gathered with Promise.all inside one transaction', () => {
  let platform: TestPlatform;
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  beforeAll(async () => {
    platform = await startTestPlatform();
    nodeProcess.on('warning', onWarning);
  }, 60_000);
  afterAll(async () => {
    nodeProcess.off('warning', onWarning);
    await platform?.close();
  });

  it('runs the statements one after another on the connection, each with its own answer', async () => {
    const answers = await platform.orm.em.fork().transactional(async (em: EntityManager) => {
      const db = sql(em);
      return Promise.all([
        db.one<{ n: number }>('select ?::int as n from pg_sleep(0.05)', [1]),
        db.one<{ n: number }>('select ?::int as n', [2]),
        db.all<{ n: number }>('select generate_series(1, ?::int) as n', [3]),
        db.run('select 1 where ? = ?', ['a', 'a']),
      ]);
    });
    expect(answers).toEqual([{ n: 1 }, { n: 2 }, [{ n: 1 }, { n: 2 }, { n: 3 }], 1]);
    // pg 8 would queue overlapping queries itself, with a deprecation that pg 9 turns into an error.
    expect(warnings.filter((message) => message.includes('already executing a query'))).toEqual([]);
  });

  it('answers the statement queued behind one that PostgreSQL refused, instead of leaving it waiting', async () => {
    const [refused, next] = await platform.orm.em.fork().transactional(async (em: EntityManager) => {
      const db = sql(em);
      return Promise.allSettled([db.one('select 1/0'), db.one('select true as ok')]);
    });
    expect(refused).toMatchObject({ status: 'rejected', reason: { message: 'division by zero' } });
    // The error aborted the transaction, so PostgreSQL refuses the next statement too: it was sent and answered.
    expect(next).toMatchObject({ status: 'rejected', reason: { code: '25P02' } });
  });
});
