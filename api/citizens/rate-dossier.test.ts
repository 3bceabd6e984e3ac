import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { createAgency, createOfficer, insertDossier, signedInCitizen, t, type TestCitizen } from './testing/citizen-fixture';

/** Đánh giá mức độ hài lòng (C7): once per dossier, after the result, aggregated per agency and officer. */
describe('rating a dossier', () => {
  let platform: TestPlatform;
  let admin: string;
  let an: TestCitizen;
  let ngoc: TestCitizen;
  let criteria: string[];
  const xd = '000.00.14.H01';
  const tp = '000.00.15.H01';
  const all = (score: number) => Object.fromEntries(criteria.map((code) => [code, score]));

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await platform.login('admin');
    await createAgency(platform, admin, { code: xd, name: 'Sở Xây dựng' });
    await createAgency(platform, admin, { code: tp, name: 'Sở Tư pháp' });
    await createOfficer(platform, admin, { username: 'motcua', fullName: 'Nguyễn Thị Lan', agencyCode: xd, roles: ['desk_officer'] });
    await createOfficer(platform, admin, { username: 'chuyenvien', fullName: 'Phạm Thị Mai', agencyCode: xd, roles: ['specialist'] });
    an = await signedInCitizen(platform, { sub: 'sub-an', name: 'Nguyễn Văn An', id_number: '001085012345' });
    ngoc = await signedInCitizen(platform, { sub: 'sub-ngoc', name: 'Trần Thị Bích Ngọc', id_number: '092192004567' });
    const resolved = { status: 'returned', resolvedAt: t('2026-03-10T10:00:00'), completedAt: t('2026-03-11T09:00:00'), receivedBy: 'motcua' };
    await insertDossier(platform, { code: `${xd}-260302-0001`, agencyCode: xd, applicantSubject: an.subject, ...resolved, tasks: [{ taskKey: 'examine', name: 'Thẩm định hồ sơ', completedBy: 'chuyenvien' }] });
    await insertDossier(platform, { code: `${xd}-260302-0002`, agencyCode: xd, applicantSubject: an.subject, status: 'processing' });
    await insertDossier(platform, { code: `${xd}-260302-0003`, agencyCode: xd, applicantSubject: ngoc.subject, ...resolved });
    await insertDossier(platform, { code: `${tp}-260302-0001`, agencyCode: tp, applicantSubject: ngoc.subject, status: 'result_ready', resolvedAt: t('2026-03-05T10:00:00') });
    criteria = (await platform.http.get('/api/public/rating-criteria')).body.criteria.map((c: { code: string }) => c.code);
  });
  afterAll(() => platform?.close());

  it('starts from the twelve criteria of a province portal, on a five-level scale', async () => {
    const response = await platform.http.get('/api/public/rating-criteria');
    expect(response.body.criteria).toHaveLength(12);
    expect(response.body.criteria.slice(0, 4).map((c: { code: string }) => c.code)).toEqual(['overall', 'ease_of_use', 'on_time', 'staff_attitude']);
    expect(response.body.scale.map((s: { label: string }) => s.label)).toEqual(['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng']);
  });

  it('accepts one rating after the result, and refuses a second one', async () => {
    const first = await platform.http.post(`/api/citizen/dossiers/${xd}-260302-0001/rating`).set(bearer(an.token))
      .send({ scores: { ...all(5), staff_attitude: 4 }, comment: 'Cán bộ hướng dẫn tận tình.' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ code: `${xd}-260302-0001`, average: 4.92 });

    const second = await platform.http.post(`/api/citizen/dossiers/${xd}-260302-0001/rating`).set(bearer(an.token)).send({ scores: all(1) });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('ALREADY_RATED');

    const detail = await platform.http.get(`/api/citizen/dossiers/${xd}-260302-0001`).set(bearer(an.token));
    expect(detail.body).toMatchObject({ canRate: false, rating: { average: 4.92 } });
  });

  it('refuses a rating before the result', async () => {
    const response = await platform.http.post(`/api/citizen/dossiers/${xd}-260302-0002/rating`).set(bearer(an.token)).send({ scores: all(3) });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('RATING_NOT_OPEN');
  });

  it('names each criterion left without a score, and refuses scores off the scale', async () => {
    const { overall: _overall, ...missing } = all(4);
    const response = await platform.http.post(`/api/citizen/dossiers/${xd}-260302-0003/rating`).set(bearer(ngoc.token)).send({ scores: { ...missing, unknown_one: 3 } });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      { path: '/scores/overall', message: 'Vui lòng chọn mức đánh giá cho “Mức độ hài lòng chung về việc giải quyết hồ sơ”.' },
      { path: '/scores/unknown_one', message: 'Tiêu chí này không còn được dùng để đánh giá.' },
    ]);
    const offScale = await platform.http.post(`/api/citizen/dossiers/${xd}-260302-0003/rating`).set(bearer(ngoc.token)).send({ scores: { ...all(4), overall: 6 } });
    expect(offScale.status).toBe(400);
  });

  it('does not let a citizen rate someone else’s dossier', async () => {
    const response = await platform.http.post(`/api/citizen/dossiers/${xd}-260302-0003/rating`).set(bearer(an.token)).send({ scores: all(1) });
    expect(response.status).toBe(404);
  });

  it('keeps only the first of two ratings sent at once', async () => {
    const send = () => platform.http.post(`/api/citizen/dossiers/${tp}-260302-0001/rating`).set(bearer(ngoc.token)).send({ scores: all(2) });
    const statuses = (await Promise.all([send(), send(), send()])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409]);
  });

  it('adds results up per agency (public) and per officer who handled the dossier (leaders)', async () => {
    await platform.http.post(`/api/citizen/dossiers/${xd}-260302-0003/rating`).set(bearer(ngoc.token)).send({ scores: all(3) });
    const agencies = await platform.http.get('/api/public/ratings');
    expect(agencies.status).toBe(200);
    const construction = agencies.body.find((a: { agencyCode: string }) => a.agencyCode === xd);
    expect(construction).toMatchObject({ ratings: 2, average: 3.96, satisfiedRate: 50 });
    expect(construction.criteria.find((c: { code: string }) => c.code === 'staff_attitude')).toMatchObject({ average: 3.5 });

    const leader = await createOfficer(platform, admin, { username: 'lanhdao', fullName: 'Võ Minh Quang', agencyCode: xd, roles: ['agency_leader'] });
    const officers = await platform.http.get('/api/ratings/officers').set(bearer(leader));
    expect(officers.status).toBe(200);
    expect(officers.body).toEqual([
      { username: 'chuyenvien', fullName: 'Phạm Thị Mai', agencyCode: xd, ratings: 1, average: 4.92 },
      { username: 'motcua', fullName: 'Nguyễn Thị Lan', agencyCode: xd, ratings: 2, average: 3.96 },
    ]);
    const desk = await platform.login('motcua', 'Canbo@2026xyz');
    expect((await platform.http.get('/api/ratings/officers').set(bearer(desk))).status).toBe(403);
  });

  it('lets the control office change the criteria; retired ones stay in past ratings', async () => {
    const kiemsoat = await createOfficer(platform, admin, { username: 'kiemsoat', fullName: 'Bùi Thị Thu', agencyCode: xd, roles: ['control_office'] });
    const response = await platform.http.put('/api/admin/rating-criteria').set(bearer(kiemsoat))
      .send({ criteria: [{ code: 'overall', name: 'Hài lòng chung' }, { code: 'online_payment', name: 'Thanh toán trực tuyến thuận tiện' }] });
    expect(response.status).toBe(200);
    expect(response.body.map((c: { code: string }) => c.code)).toEqual(['overall', 'online_payment']);
    const everything = await platform.http.get('/api/admin/rating-criteria').set(bearer(kiemsoat));
    expect(everything.body).toHaveLength(13);
    expect(everything.body.find((c: { code: string }) => c.code === 'facilities')).toMatchObject({ active: false });
    const desk = await platform.login('motcua', 'Canbo@2026xyz');
    expect((await platform.http.put('/api/admin/rating-criteria').set(bearer(desk)).send({ criteria: [{ code: 'overall', name: 'Chung' }] })).status).toBe(403);
  });
});
