import { BUILDING_DEPT, COMMUNE_A, KIT_TIMEOUT, sampleProcedure, startCatalogueKit, type CatalogueKit } from './catalogue-test-kit';

describe('FAQ and guides per procedure and per agency (A6)', () => {
  let kit: CatalogueKit;

  beforeAll(async () => {
    kit = await startCatalogueKit();
    await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure());
  }, KIT_TIMEOUT);
  afterAll(() => kit.close());

  it('lets the control office write a procedure FAQ, in order, that anyone reads', async () => {
    const second = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/faqs', {
      title: 'Có phải nộp bản chính giấy tờ đất không?', body: 'Chỉ cần bản sao; bản chính xuất trình để đối chiếu.', position: 2,
    });
    expect(second.status).toBe(201);
    expect(second.body).toEqual(expect.objectContaining({ kind: 'faq', procedureCode: '1.000948', agencyCode: null, position: 2 }));
    await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/faqs', { title: 'Mất bao lâu?', body: '15 ngày làm việc.', position: 1 });
    const faqs = await kit.get('/api/procedures/1.000948/faqs');
    expect(faqs.status).toBe(200);
    expect(faqs.body.map((f: { title: string }) => f.title)).toEqual(['Mất bao lâu?', 'Có phải nộp bản chính giấy tờ đất không?']);
    expect((await kit.get('/api/procedures/1.000948/guides')).body).toEqual([]);
  });

  it('edits and deletes an article', async () => {
    const [first] = (await kit.get('/api/procedures/1.000948/faqs')).body;
    const edited = await kit.patch(kit.tokens.control, `/api/admin/faqs/${first.id}`, { body: 'Mười lăm ngày làm việc kể từ ngày nhận đủ hồ sơ.' });
    expect(edited.body.body).toBe('Mười lăm ngày làm việc kể từ ngày nhận đủ hồ sơ.');
    const deleted = await kit.platform.http.delete(`/api/admin/faqs/${first.id}`).set('Authorization', `Bearer ${kit.tokens.control}`);
    expect(deleted.status).toBe(204);
    expect((await kit.get('/api/procedures/1.000948/faqs')).body).toHaveLength(1);
    expect((await kit.patch(kit.tokens.control, `/api/admin/faqs/${first.id}`, { title: 'X' })).body.error.code).toBe('HELP_ARTICLE_NOT_FOUND');
    // A guide's id is not a FAQ's: each kind answers for its own articles.
    const guide = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/guides', { title: 'Nộp trực tuyến', body: 'Bước 1: đăng nhập…' });
    expect((await kit.patch(kit.tokens.control, `/api/admin/faqs/${guide.body.id}`, { title: 'X' })).status).toBe(404);
  });

  it("lets an agency administrator write their own agency's guides, not another agency's nor a procedure's", async () => {
    const own = await kit.post(kit.tokens.agencyAdmin, `/api/admin/agencies/${BUILDING_DEPT}/guides`, { title: 'Giờ tiếp nhận hồ sơ', body: 'Sáng 7:30-11:30, chiều 13:30-17:00.' });
    expect(own.status).toBe(201);
    expect((await kit.get(`/api/agencies/${BUILDING_DEPT}/guides`)).body).toEqual([expect.objectContaining({ agencyCode: BUILDING_DEPT, title: 'Giờ tiếp nhận hồ sơ' })]);
    const other = await kit.post(kit.tokens.agencyAdmin, `/api/admin/agencies/${COMMUNE_A}/guides`, { title: 'X', body: 'Y' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('OUT_OF_SCOPE');
    expect((await kit.patch(kit.tokens.communeAdmin, `/api/admin/guides/${own.body.id}`, { title: 'Z' })).body.error.code).toBe('OUT_OF_SCOPE');
    expect((await kit.post(kit.tokens.agencyAdmin, '/api/admin/procedures/1.000948/faqs', { title: 'X', body: 'Y' })).status).toBe(403);
    expect((await kit.post(kit.tokens.desk, `/api/admin/agencies/${BUILDING_DEPT}/faqs`, { title: 'X', body: 'Y' })).status).toBe(403);
  });

  it('answers 404 for unknown owners and 400 for empty articles', async () => {
    expect((await kit.get('/api/procedures/9.9/faqs')).body.error.code).toBe('PROCEDURE_NOT_FOUND');
    expect((await kit.get('/api/agencies/NOPE/faqs')).body.error.code).toBe('AGENCY_NOT_FOUND');
    const empty = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/faqs', { title: '', body: 'x' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0]).toEqual({ path: '/title', message: 'Cần ít nhất 1 ký tự.' });
  });
});
