import { DEMO_PASSWORD } from '../demo/province';
import { loadPrincipal } from '../identity/principal';
import { startDemoPlatform } from '../../test/support/demo-dossiers';
import type { TestPlatform } from '../../test/support/platform';
import { findPublishedProcedure, seedDemoCatalogue } from '.';
import { sql } from './sql';

describe('the demo catalogue', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startDemoPlatform();
  }, 120_000);
  afterAll(() => platform.close());

  it('publishes every demo procedure on the deployed demo processes, and seeds only once', async () => {
    const em = platform.orm.em.fork();
    const rows = await sql<{ code: string; status: string; process_key: string | null }>(em,
      'select p.code, v.status, v.process_key from procedure_version v join procedure p on p.id = v.procedure_id order by p.code');
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.filter((row) => row.status !== 'published')).toEqual([]);
    expect(rows.filter((row) => row.process_key).map((row) => [row.code, row.process_key])).toEqual([
      ['1.001193', 'birth-registration'], ['1.009994', 'construction-permit'], ['2.000720', 'household-business'],
      ['2.000815', 'certified-copy'], ['2.001417', 'criminal-record'],
    ]);
    const again = await seedDemoCatalogue(em, (await loadPrincipal(em, { username: 'admin' }))!);
    expect(again).toEqual({ published: [], drafts: [] });
  });

  it('offers the procedures to dossiers with their process, form and agencies', async () => {
    const em = platform.orm.em.fork();
    const permit = await findPublishedProcedure(em, '1.009994');
    expect(permit).toEqual(expect.objectContaining({
      name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', processKey: 'construction-permit', processVersion: 1, agencyCodes: ['000.00.14.H99'],
    }));
    expect(permit?.form.views).toHaveProperty('appraisal');
    const certification = await findPublishedProcedure(em, '2.000815');
    expect(certification).toEqual(expect.objectContaining({ processKey: 'certified-copy', immediateResult: true, agencyCodes: ['000.21.01.H99', '000.21.02.H99'] }));
    expect(certification?.form.layout).toBeDefined();
  });

  it('is found by citizens without diacritics, across sectors and levels', async () => {
    const search = async (query: string) => (await platform.http.get(`/api/procedures?${query}`)).body.map((hit: { code: string }) => hit.code);
    expect((await search('q=cap giay phep xay dung'))[0]).toBe('1.009994');
    expect((await search('q=khai sinh'))[0]).toBe('1.001193');
    expect((await search('q=chung thuc ban sao')).slice(0, 2)).toContain('2.000815');
    expect(await search('level=commune&sectorCode=HT&pageSize=100')).toHaveLength(6);
    const login = await platform.http.post('/api/auth/login').send({ username: 'kiemsoat', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
  });
});
