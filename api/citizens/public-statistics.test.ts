import { startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { createAgency, insertDossier, t } from './testing/citizen-fixture';

/**
 * Công khai (C10, E2): per agency, received, resolved and resolved on time, with the on-time rate;
 * and the apology letters issued for late dossiers, with the applicant's name masked.
 */
describe('public statistics and apology letters', () => {
  let platform: TestPlatform;
  const xd = '000.00.14.H01';
  const tp = '000.00.15.H01';

  beforeAll(async () => {
    platform = await startTestPlatform();
    platform.clock.set(new Date('2026-03-20T09:00:00+07:00'));
    const admin = await platform.login('admin');
    await createAgency(platform, admin, { code: xd, name: 'Sở Xây dựng' });
    await createAgency(platform, admin, { code: tp, name: 'Sở Tư pháp' });
    const due = t('2026-03-16T17:00:00');
    // Sở Xây dựng: early, on the due day, late, still open past the due date, and one received last year.
    await insertDossier(platform, { code: `${xd}-1`, agencyCode: xd, applicantSubject: null, status: 'returned', dueAt: due, resolvedAt: t('2026-03-12T10:00:00') });
    await insertDossier(platform, { code: `${xd}-2`, agencyCode: xd, applicantSubject: null, status: 'returned', dueAt: due, resolvedAt: t('2026-03-16T16:30:00') });
    await insertDossier(platform, { code: `${xd}-3`, agencyCode: xd, applicantSubject: null, status: 'result_ready', dueAt: due, resolvedAt: t('2026-03-18T10:00:00') });
    await insertDossier(platform, {
      code: `${xd}-4`, agencyCode: xd, applicantSubject: null, applicantName: 'Lê Hoàng Minh', status: 'processing', dueAt: t('2026-03-19T17:00:00'),
      events: [{
        at: t('2026-03-13T15:00:00'), kind: 'extended', comment: 'Cần lấy ý kiến Sở Tài nguyên và Môi trường.',
        data: { previousDueAt: t('2026-03-16T17:00:00').toISOString(), newDueAt: t('2026-03-19T17:00:00').toISOString() },
      }],
    });
    await insertDossier(platform, { code: `${xd}-5`, agencyCode: xd, applicantSubject: null, receivedAt: t('2025-12-29T09:00:00'), status: 'returned', dueAt: t('2026-01-10T17:00:00'), resolvedAt: t('2026-01-05T09:00:00') });
    // Sở Tư pháp: one submitted online and not yet received counts nowhere.
    await insertDossier(platform, { code: `${tp}-1`, agencyCode: tp, applicantSubject: null, status: 'submitted', receivedAt: null, dueAt: null });
  });
  afterAll(() => platform?.close());

  it('counts received, resolved and resolved on time per agency, with the on-time rate', async () => {
    const response = await platform.http.get('/api/public/statistics?from=2026-03-01&to=2026-03-31');
    expect(response.status).toBe(200);
    expect(response.body.agencies).toEqual([{
      agencyCode: xd, agencyName: 'Sở Xây dựng', level: 'province', received: 4, resolved: 3, resolvedOnTime: 2, resolvedLate: 1,
      inProgress: 1, overdue: 1, onTimeRate: 66.7,
    }]);
    expect(response.body.totals).toMatchObject({ received: 4, resolved: 3, resolvedOnTime: 2, onTimeRate: 66.7 });
  });

  it('defaults to the year so far and refuses a reversed period', async () => {
    const year = await platform.http.get('/api/public/statistics');
    expect(year.body).toMatchObject({ from: '2026-01-01', to: '2026-03-20' });
    expect(year.body.agencies[0]).toMatchObject({ resolved: 4, resolvedOnTime: 3, onTimeRate: 75 });
    expect((await platform.http.get('/api/public/statistics?from=2026-04-01&to=2026-03-01')).status).toBe(400);
    expect((await platform.http.get('/api/public/statistics?from=hôm-qua')).status).toBe(400);
  });

  it('publishes the apology letters with the applicant’s name masked', async () => {
    const response = await platform.http.get('/api/public/apologies?from=2026-03-01&to=2026-03-31');
    expect(response.status).toBe(200);
    expect(response.headers['x-total-count']).toBe('1');
    expect(response.body).toEqual([{
      issuedAt: '2026-03-13T15:00:00+07:00', dossierCode: `${xd}-4`, procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', agencyName: 'Sở Xây dựng',
      applicantName: 'Lê H. M.', reason: 'Cần lấy ý kiến Sở Tài nguyên và Môi trường.',
      previousDueAt: '2026-03-16T17:00:00+07:00', newDueAt: '2026-03-19T17:00:00+07:00',
    }]);
    expect((await platform.http.get(`/api/public/apologies?agencyCode=${tp}`)).body).toEqual([]);
  });
});
