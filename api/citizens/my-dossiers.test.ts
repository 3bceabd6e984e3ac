import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { createAgency, insertDossier, signedInCitizen, t, type TestCitizen } from './testing/citizen-fixture';

/** Hồ sơ của tôi (C3, C4): a citizen's own dossiers, in plain words, and nobody else's. */
describe('my dossiers', () => {
  let platform: TestPlatform;
  let an: TestCitizen;
  let ngoc: TestCitizen;
  const agencyCode = '000.00.14.H01';

  beforeAll(async () => {
    platform = await startTestPlatform();
    const admin = await platform.login('admin');
    await createAgency(platform, admin, { code: agencyCode, name: 'Sở Xây dựng tỉnh Thử nghiệm' });
    an = await signedInCitizen(platform, { sub: 'sub-an', name: 'Nguyễn Văn An', id_number: '001085012345' });
    ngoc = await signedInCitizen(platform, { sub: 'sub-ngoc', name: 'Trần Thị Bích Ngọc', id_number: '092192004567' });

    await insertDossier(platform, {
      code: `${agencyCode}-260302-0001`, agencyCode, applicantSubject: an.subject, status: 'supplement_requested',
      events: [
        { at: t('2026-03-02T08:00:00'), kind: 'submitted' },
        { at: t('2026-03-02T09:00:00'), kind: 'received', data: { channel: 'online', dueAt: t('2026-03-16T17:00:00').toISOString() } },
        { at: t('2026-03-03T10:00:00'), kind: 'timer_fired' },
        { at: t('2026-03-04T10:00:00'), kind: 'task_completed', taskKey: 'examine', comment: 'Ghi chú nội bộ của chuyên viên' },
        { at: t('2026-03-04T11:00:00'), kind: 'supplement_requested', comment: 'Bản vẽ chưa có chữ ký của chủ đầu tư.', data: { items: ['Hai bộ bản vẽ thiết kế có chữ ký'] } },
      ],
      tasks: [],
    });
    await insertDossier(platform, {
      code: `${agencyCode}-260302-0002`, agencyCode, applicantSubject: an.subject, status: 'returned', resultDelivery: 'online',
      submittedAt: t('2026-03-01T08:00:00'), resolvedAt: t('2026-03-10T10:00:00'), completedAt: t('2026-03-11T10:00:00'),
    });
    await insertDossier(platform, { code: `${agencyCode}-260302-0003`, agencyCode, applicantSubject: ngoc.subject, applicantName: 'Trần Thị Bích Ngọc' });
  });
  afterAll(() => platform?.close());

  it('lists only the citizen’s own dossiers, newest first, with what needs doing', async () => {
    const response = await platform.http.get('/api/citizen/dossiers').set(bearer(an.token));
    expect(response.status).toBe(200);
    expect(response.headers['x-total-count']).toBe('2');
    expect(response.body.map((d: { code: string }) => d.code)).toEqual([`${agencyCode}-260302-0001`, `${agencyCode}-260302-0002`]);
    expect(response.body.some((d: { code: string }) => d.code.endsWith('0003'))).toBe(false);
    expect(response.body[0]).toMatchObject({ statusLabel: 'Cần bổ sung hồ sơ', actionNeeded: true, canRate: false, agencyName: 'Sở Xây dựng tỉnh Thử nghiệm' });
    expect(response.body[1]).toMatchObject({ status: 'returned', timeliness: 'early', timelinessLabel: 'Có kết quả trước hạn', canRate: true });

    const open = await platform.http.get('/api/citizen/dossiers?state=open').set(bearer(an.token));
    expect(open.body.map((d: { code: string }) => d.code)).toEqual([`${agencyCode}-260302-0001`]);
    const closed = await platform.http.get('/api/citizen/dossiers?state=closed').set(bearer(an.token));
    expect(closed.body.map((d: { code: string }) => d.code)).toEqual([`${agencyCode}-260302-0002`]);
  });

  it('explains a supplement request and tells the history in plain words, without internal notes', async () => {
    const response = await platform.http.get(`/api/citizen/dossiers/${agencyCode}-260302-0001`).set(bearer(an.token));
    expect(response.status).toBe(200);
    const detail = response.body;
    expect(detail.explanation).toContain('bổ sung');
    expect(detail.supplement).toEqual({
      requestedAt: '2026-03-04T11:00:00+07:00', reason: 'Bản vẽ chưa có chữ ký của chủ đầu tư.', items: ['Hai bộ bản vẽ thiết kế có chữ ký'],
    });
    expect(detail.history.map((h: { title: string }) => h.title)).toEqual([
      'Hồ sơ đã được nộp trực tuyến',
      'Bộ phận Một cửa đã tiếp nhận hồ sơ',
      'Hồ sơ đã được chuyển sang bước tiếp theo',
      'Cơ quan yêu cầu bổ sung hồ sơ',
    ]);
    expect(detail.history[1].detail).toBe('Ngày hẹn trả kết quả: 16/03/2026 lúc 17:00.');
    expect(JSON.stringify(detail.history)).not.toContain('Ghi chú nội bộ');
    expect(detail.notices.map((n: { kind: string }) => n.kind)).toEqual(['receipt', 'supplement-request']);
    expect(detail.notices[0].url).toBe(`/api/dossiers/${agencyCode}-260302-0001/notices/receipt.pdf`);
  });

  it('reads a supplement requested from a step of the internal process the same way', async () => {
    await insertDossier(platform, {
      code: `${agencyCode}-260302-0004`, agencyCode, applicantSubject: an.subject, status: 'supplement_requested',
      events: [{ at: t('2026-03-03T10:00:00'), kind: 'task_completed', taskKey: 'head_assign', action: 'request_supplement', comment: 'Thiếu bản vẽ mặt bằng.' }],
      tasks: [{ taskKey: 'head_assign', name: 'Lãnh đạo phòng xem xét, phân công thụ lý', completedBy: 'admin' }],
    });
    const detail = (await platform.http.get(`/api/citizen/dossiers/${agencyCode}-260302-0004`).set(bearer(an.token))).body;
    expect(detail.supplement).toMatchObject({ requestedAt: '2026-03-03T10:00:00+07:00', reason: 'Thiếu bản vẽ mặt bằng.' });
    expect(detail.history).toEqual([{ at: '2026-03-03T10:00:00+07:00', title: 'Cơ quan yêu cầu bổ sung hồ sơ', detail: 'Thiếu bản vẽ mặt bằng.' }]);
    expect(detail.notices.map((n: { kind: string }) => n.kind)).toContain('supplement-request');
  });

  it('says how the result comes back once it is ready', async () => {
    const response = await platform.http.get(`/api/citizen/dossiers/${agencyCode}-260302-0002`).set(bearer(an.token));
    expect(response.body).toMatchObject({ resultDeliveryLabel: 'Nhận kết quả điện tử', statusLabel: 'Đã trả kết quả', rating: null, canRate: true });
  });

  it('does not find another citizen’s dossier (404, not 403, so codes cannot be probed)', async () => {
    const response = await platform.http.get(`/api/citizen/dossiers/${agencyCode}-260302-0003`).set(bearer(an.token));
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('DOSSIER_NOT_FOUND');
    const unknown = await platform.http.get(`/api/citizen/dossiers/${agencyCode}-260302-9999`).set(bearer(an.token));
    expect(unknown.status).toBe(404);
  });

  it('is for signed-in citizens only', async () => {
    expect((await platform.http.get('/api/citizen/dossiers')).status).toBe(401);
    const officer = await platform.login('admin');
    expect((await platform.http.get('/api/citizen/dossiers').set(bearer(officer))).status).toBe(403);
  });
});
