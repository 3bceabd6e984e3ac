import { insertLargeCatalogue } from '../../test/support/large-catalogue';
import { BUILDING_DEPT, COMMUNE_A, COMMUNE_B, JUSTICE_DEPT, startCatalogueKit, type CatalogueKit, KIT_TIMEOUT } from './catalogue-test-kit';

/** Search over a province-sized catalogue finds what a citizen means; its speed is measured in bench/search.ts. */
describe('search over a catalogue of 2,000 procedures', () => {
  let kit: CatalogueKit;

  beforeAll(async () => {
    kit = await startCatalogueKit();
    await insertLargeCatalogue(kit.platform.orm.em.fork(), ['XD', 'HT', 'CT'], [BUILDING_DEPT, JUSTICE_DEPT, COMMUNE_A, COMMUNE_B]);
  }, KIT_TIMEOUT);
  afterAll(() => kit.close());

  const first = async (query: Record<string, string>) => {
    const response = await kit.get(`/api/procedures?${new URLSearchParams(query)}`);
    expect(response.status).toBe(200);
    return (response.body as { name: string }[])[0]?.name;
  };

  it('ranks the meant procedure first among 2,000, typed without diacritics or with a typo', async () => {
    expect(await first({ q: 'cap giay phep xay dung' })).toBe('Cấp giấy phép xây dựng');
    expect(await first({ q: 'giay phep xay dumg' })).toMatch(/giấy phép xây dựng$/);
    expect(await first({ q: 'gia han giay phep moi truong' })).toBe('Gia hạn giấy phép môi trường');
    expect(await first({ q: 'thu hoi giay chung nhan quyen su dung dat' })).toBe('Thu hồi giấy chứng nhận quyền sử dụng đất');
  });
});
