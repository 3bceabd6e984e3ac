import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { sql } from '../db/sql';
import { MAX_DRAFTS_PER_CITIZEN } from './drafts';
import { signedInCitizen, type TestCitizen } from './testing/citizen-fixture';

/** Lưu nháp (C2): a submission saved half-way, resumed later, never overwritten by a stale tab. */
describe('saving a draft', () => {
  let platform: TestPlatform;
  let an: TestCitizen;
  let ngoc: TestCitizen;
  const draft = {
    procedureCode: '1.000948', procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', agencyCode: '000.00.14.H99',
    formData: { applicant: { fullName: 'Nguyễn Văn An' } }, resultDelivery: 'postal', currentStep: 'page-2',
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    an = await signedInCitizen(platform, { sub: 'sub-an', name: 'Nguyễn Văn An', id_number: '001085012345' });
    ngoc = await signedInCitizen(platform, { sub: 'sub-ngoc', name: 'Trần Thị Bích Ngọc', id_number: '092192004567' });
  });
  afterAll(() => platform?.close());

  it('saves, resumes and updates a draft with the version it read', async () => {
    const created = await platform.http.post('/api/citizen/drafts').set(bearer(an.token)).send(draft);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...draft, version: 1, createdAt: '2026-03-02T09:00:00+07:00' });
    const { id } = created.body;

    const resumed = await platform.http.get(`/api/citizen/drafts/${id}`).set(bearer(an.token));
    expect(resumed.body.formData).toEqual(draft.formData);

    platform.clock.set(new Date('2026-03-03T10:00:00+07:00'));
    const formData = { applicant: { fullName: 'Nguyễn Văn An', phone: '0912345678' } };
    const updated = await platform.http.put(`/api/citizen/drafts/${id}`).set(bearer(an.token)).send({ ...draft, formData, version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, formData, updatedAt: '2026-03-03T10:00:00+07:00' });

    const stale = await platform.http.put(`/api/citizen/drafts/${id}`).set(bearer(an.token)).send({ ...draft, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');

    const list = await platform.http.get('/api/citizen/drafts').set(bearer(an.token));
    expect(list.body.map((d: { id: string }) => d.id)).toEqual([id]);
  });

  it('keeps drafts private to their owner', async () => {
    const { id } = (await platform.http.post('/api/citizen/drafts').set(bearer(an.token)).send(draft)).body;
    expect((await platform.http.get(`/api/citizen/drafts/${id}`).set(bearer(ngoc.token))).status).toBe(404);
    expect((await platform.http.put(`/api/citizen/drafts/${id}`).set(bearer(ngoc.token)).send({ ...draft, version: 1 })).status).toBe(404);
    expect((await platform.http.delete(`/api/citizen/drafts/${id}`).set(bearer(ngoc.token))).status).toBe(404);
    expect((await platform.http.get('/api/citizen/drafts').set(bearer(ngoc.token))).body).toEqual([]);
  });

  it('deletes a draft once submitted or abandoned', async () => {
    const { id } = (await platform.http.post('/api/citizen/drafts').set(bearer(an.token)).send(draft)).body;
    expect((await platform.http.delete(`/api/citizen/drafts/${id}`).set(bearer(an.token))).status).toBe(204);
    expect((await platform.http.get(`/api/citizen/drafts/${id}`).set(bearer(an.token))).status).toBe(404);
  });

  it('refuses a malformed draft and caps the number kept', async () => {
    const bad = await platform.http.post('/api/citizen/drafts').set(bearer(an.token)).send({ ...draft, resultDelivery: 'pigeon' });
    expect(bad.status).toBe(400);
    const db = sql(platform.orm.em.fork());
    await db.run(
      `insert into dossier_draft (citizen_id, procedure_code, procedure_name, created_at, updated_at)
       select ?, '1.000948', 'Thủ tục', now(), now() from generate_series(1, ?)`, [ngoc.id, MAX_DRAFTS_PER_CITIZEN],
    );
    const over = await platform.http.post('/api/citizen/drafts').set(bearer(ngoc.token)).send(draft);
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('DRAFT_LIMIT_REACHED');
  });
});
