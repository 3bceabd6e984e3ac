import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { sql } from '../db/sql';
import { keepCitizenDocument } from './data-store';
import { signedInCitizen, type TestCitizen } from './testing/citizen-fixture';

/** Kho dữ liệu cá nhân (C9): values for autofill and documents kept for reuse, the citizen's own. */
describe('personal data store', () => {
  let platform: TestPlatform;
  let an: TestCitizen;
  let ngoc: TestCitizen;

  beforeAll(async () => {
    platform = await startTestPlatform();
    an = await signedInCitizen(platform, { sub: 'sub-an', name: 'Nguyễn Văn An', id_number: '001085012345' });
    ngoc = await signedInCitizen(platform, { sub: 'sub-ngoc', name: 'Trần Thị Bích Ngọc', id_number: '092192004567' });
  });
  afterAll(() => platform?.close());

  it('keeps values typed in a form for the next one, merging and forgetting keys', async () => {
    const residence = { province: 'Tỉnh Demo', commune: 'Xã An Phú', street: 'Số 12, đường Trần Phú' };
    const saved = await platform.http.patch('/api/citizen/data-store/personal-data').set(bearer(an.token)).send({ residence, taxCode: '0304567898' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ residence, taxCode: '0304567898' });
    const merged = await platform.http.patch('/api/citizen/data-store/personal-data').set(bearer(an.token)).send({ phone: '0912345678', taxCode: null });
    expect(merged.body).toEqual({ residence, phone: '0912345678' });

    const store = await platform.http.get('/api/citizen/data-store').set(bearer(an.token));
    expect(store.body.personalData).toEqual({ residence, phone: '0912345678' });
    expect((await platform.http.get('/api/citizen/data-store').set(bearer(ngoc.token))).body.personalData).toEqual({});
  });

  it('refuses keys a form could not name', async () => {
    const response = await platform.http.patch('/api/citizen/data-store/personal-data').set(bearer(an.token)).send({ 'bad key': 1 });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('/data/bad key');
  });

  it('lists the documents kept for the citizen, and removes one on request', async () => {
    const db = sql(platform.orm.em.fork());
    await keepCitizenDocument(db, {
      citizenId: an.id, kind: 'result', name: 'Giấy phép xây dựng số 12/GPXD', dossierCode: '000.00.14.H99-260302-0001',
      procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', fileName: 'giay-phep.pdf', contentType: 'application/pdf', sizeBytes: 120_000, now: platform.clock.now(),
    });
    const store = await platform.http.get('/api/citizen/data-store').set(bearer(an.token));
    const kept = store.body.documents.find((d: { name: string }) => d.name === 'Giấy phép xây dựng số 12/GPXD');
    expect(kept).toMatchObject({ kind: 'result', fileName: 'giay-phep.pdf', sizeBytes: 120000, removable: true });
    expect((await platform.http.get('/api/citizen/data-store').set(bearer(ngoc.token))).body.documents).toEqual([]);

    expect((await platform.http.delete(`/api/citizen/data-store/documents/${kept.id}`).set(bearer(ngoc.token))).status).toBe(404);
    expect((await platform.http.delete(`/api/citizen/data-store/documents/${kept.id}`).set(bearer(an.token))).status).toBe(204);
    const after = await platform.http.get('/api/citizen/data-store').set(bearer(an.token));
    expect(after.body.documents.find((d: { id: string }) => d.id === kept.id)).toBeUndefined();
  });
});
