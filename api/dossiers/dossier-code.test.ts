import { sql } from '../db/sql';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { nextDossierCode } from './dossier-code';

describe('dossier codes (D3)', () => {
  let platform: TestPlatform;
  let agency: { id: number; code: string };
  beforeAll(async () => {
    platform = await startTestPlatform();
    const db = sql(platform.orm.em.fork());
    agency = (await db.one<{ id: number; code: string }>(
      `insert into agency (code, name, level_code, path) values ('000.00.14.H99', 'Sở Xây dựng', 'province', '/x/') returning id, code`,
    ))!;
  });
  afterAll(() => platform.close());

  const receive = (at: Date, rollback = false) => platform.orm.em.fork().transactional(async (tx) => {
    const code = await nextDossierCode(sql(tx), agency, at);
    if (rollback) throw new Error('reception abandoned');
    return code;
  });

  it('numbers each agency day from 0001, in the province time zone', async () => {
    expect(await receive(new Date('2026-03-02T08:00:00+07:00'))).toBe('000.00.14.H99-260302-0001');
    expect(await receive(new Date('2026-03-02T16:59:00+07:00'))).toBe('000.00.14.H99-260302-0002');
    // 23:30 UTC on 2 March is already 3 March in Việt Nam.
    expect(await receive(new Date('2026-03-02T23:30:00Z'))).toBe('000.00.14.H99-260303-0001');
  });

  it('stays unique and gap-free under concurrent receptions, even when some roll back', async () => {
    const at = new Date('2026-03-04T09:00:00+07:00');
    const attempts = Array.from({ length: 40 }, (_, i) => receive(at, i % 5 === 0).catch(() => null));
    const codes = (await Promise.all(attempts)).filter((c): c is string => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    const numbers = codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: codes.length }, (_, i) => i + 1));
  });
});
