import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { createAgency, createOfficer, insertDossier, signedInCitizen, t, type TestCitizen } from './testing/citizen-fixture';

/**
 * Phản ánh, kiến nghị và hỏi đáp (C8): routed to the agency, due within its deadline in working
 * days, answered by an officer in scope, published answers searchable with or without diacritics.
 */
describe('feedback and questions', () => {
  let platform: TestPlatform;
  let admin: string;
  let an: TestCitizen;
  let xdDesk: string;
  let tpDesk: string;
  const xd = '000.00.14.H01';
  const tp = '000.00.15.H01';

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await platform.login('admin');
    await createAgency(platform, admin, { code: xd, name: 'Sở Xây dựng' });
    await createAgency(platform, admin, { code: tp, name: 'Sở Tư pháp' });
    xdDesk = await createOfficer(platform, admin, { username: 'motcua', fullName: 'Nguyễn Thị Lan', agencyCode: xd, roles: ['desk_officer'] });
    tpDesk = await createOfficer(platform, admin, { username: 'motcua.tp', fullName: 'Lê Thị Hạnh', agencyCode: tp, roles: ['desk_officer'] });
    an = await signedInCitizen(platform, { sub: 'sub-an', name: 'Nguyễn Văn An', id_number: '001085012345' });
    await insertDossier(platform, { code: `${xd}-260302-0001`, agencyCode: xd, applicantSubject: an.subject });
  });
  afterAll(() => platform?.close());

  const question = {
    kind: 'question', agencyCode: xd, procedureCode: '1.000948',
    title: 'Xây nhà ở nông thôn có cần giấy phép xây dựng không?',
    body: 'Tôi muốn xây nhà hai tầng trên đất ở của gia đình tại xã An Phú. Tôi có phải xin giấy phép xây dựng không?',
  };

  it('routes a question to the agency with an answer due in 15 working days', async () => {
    // Monday 2 March 2026, 09:00: fifteen working days later is Monday 23 March, 09:00.
    const response = await platform.http.post('/api/citizen/feedback').set(bearer(an.token)).send(question);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kind: 'question', status: 'open', agencyName: 'Sở Xây dựng', dueAt: '2026-03-23T09:00:00+07:00', overdue: false });
  });

  it('gives feedback about a dossier 3 working days, and only about the citizen’s own dossiers', async () => {
    const feedback = {
      kind: 'feedback', agencyCode: xd, dossierCode: `${xd}-260302-0001`, title: 'Hồ sơ chậm tiếp nhận',
      body: 'Hồ sơ nộp trực tuyến từ sáng nay nhưng chưa được tiếp nhận.',
    };
    const response = await platform.http.post('/api/citizen/feedback').set(bearer(an.token)).send(feedback);
    expect(response.status).toBe(201);
    expect(response.body.dueAt).toBe('2026-03-05T09:00:00+07:00');
    const other = await platform.http.post('/api/citizen/feedback').set(bearer(an.token)).send({ ...feedback, dossierCode: `${xd}-260302-0999` });
    expect(other.status).toBe(404);
    const mine = await platform.http.get('/api/citizen/feedback').set(bearer(an.token));
    expect(mine.body.map((f: { kind: string }) => f.kind)).toEqual(['feedback', 'question']);
  });

  it('refuses an unknown agency and a message too short to act on', async () => {
    expect((await platform.http.post('/api/citizen/feedback').set(bearer(an.token)).send({ ...question, agencyCode: 'KHONG.CO' })).status).toBe(422);
    const short = await platform.http.post('/api/citizen/feedback').set(bearer(an.token)).send({ ...question, body: 'Hỏi' });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0].path).toBe('/body');
  });

  it('shows officers what reached agencies in their scope, and lets them answer and publish', async () => {
    const inbox = await platform.http.get('/api/feedback?status=open').set(bearer(xdDesk));
    expect(inbox.status).toBe(200);
    expect(inbox.body).toHaveLength(2);
    expect(inbox.body[0]).toMatchObject({ kind: 'feedback', dueAt: '2026-03-05T09:00:00+07:00' });
    expect((await platform.http.get('/api/feedback').set(bearer(tpDesk))).body).toEqual([]);

    const id = inbox.body.find((f: { kind: string }) => f.kind === 'question').id;
    expect((await platform.http.post(`/api/feedback/${id}/answer`).set(bearer(tpDesk)).send({ answer: 'Không thuộc thẩm quyền của Sở Tư pháp.', publish: false })).status).toBe(404);
    const answer = 'Nhà ở riêng lẻ ở nông thôn không thuộc khu vực có quy hoạch được miễn giấy phép xây dựng (Luật Xây dựng, Điều 89).';
    const answered = await platform.http.post(`/api/feedback/${id}/answer`).set(bearer(xdDesk)).send({ answer, publish: true });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', statusLabel: 'Đã trả lời', published: true, answeredAt: '2026-03-02T09:00:00+07:00' });
    const again = await platform.http.post(`/api/feedback/${id}/answer`).set(bearer(xdDesk)).send({ answer, publish: true });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FEEDBACK_ALREADY_ANSWERED');
  });

  it('finds published answers with or without diacritics, without the asker', async () => {
    for (const q of ['giấy phép xây dựng nông thôn', 'giay phep xay dung nong thon', 'GIAY PHEP']) {
      const response = await platform.http.get(`/api/public/questions?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(response.headers['x-total-count']).toBe('1');
      expect(response.body[0]).toMatchObject({ title: question.title, agencyName: 'Sở Xây dựng' });
      expect(response.body[0]).not.toHaveProperty('dossierCode');
    }
    expect((await platform.http.get('/api/public/questions?q=ho%20tich')).body).toEqual([]);
    const id = (await platform.http.get('/api/public/questions')).body[0].id;
    expect((await platform.http.get(`/api/public/questions/${id}`)).body.answer).toContain('Điều 89');
  });

  it('counts the working days left to answer, negative once late', async () => {
    // Wednesday 4 March, 15:00: the feedback due Thursday 5 March 09:00 has 4 working hours left
    // (until 17:30, then from 07:30), half a working day; the next Monday at 09:00 it is 2 working days late.
    const openFeedback = async () => (await platform.http.get('/api/feedback?status=open&kind=feedback').set(bearer(xdDesk))).body[0];
    try {
      platform.clock.set(t('2026-03-04T15:00:00'));
      expect(await openFeedback()).toMatchObject({ overdue: false, workingDaysLeft: 0.5 });
      platform.clock.set(t('2026-03-09T09:00:00'));
      expect(await openFeedback()).toMatchObject({ overdue: true, workingDaysLeft: -2 });
    } finally {
      platform.clock.set(t('2026-03-02T09:00:00'));
    }
  });

  it('keeps an unpublished or unanswered item out of public reach', async () => {
    const mine = await platform.http.get('/api/citizen/feedback').set(bearer(an.token));
    const open = mine.body.find((f: { status: string }) => f.status === 'open');
    expect((await platform.http.get(`/api/public/questions/${open.id}`)).status).toBe(404);
  });

  it('lets the control office set the answer deadlines', async () => {
    const kiemsoat = await createOfficer(platform, admin, { username: 'kiemsoat', fullName: 'Bùi Thị Thu', agencyCode: xd, roles: ['control_office'] });
    expect((await platform.http.get('/api/admin/feedback-settings').set(bearer(kiemsoat))).body).toEqual({ question: 15, feedback: 3 });
    const set = await platform.http.put('/api/admin/feedback-settings').set(bearer(kiemsoat)).send({ question: 10 });
    expect(set.body).toEqual({ question: 10, feedback: 3 });
    const created = await platform.http.post('/api/citizen/feedback').set(bearer(an.token)).send(question);
    expect(created.body.dueAt).toBe('2026-03-16T09:00:00+07:00');
    expect((await platform.http.put('/api/admin/feedback-settings').set(bearer(xdDesk)).send({ question: 1 })).status).toBe(403);
  });

  it('publishes an answer given earlier, or withdraws it, and nothing before an answer', async () => {
    const feedback = (await platform.http.get('/api/feedback?status=open&kind=feedback').set(bearer(xdDesk))).body[0];
    const early = await platform.http.put(`/api/feedback/${feedback.id}/published`).set(bearer(xdDesk)).send({ published: true });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('FEEDBACK_NOT_ANSWERED');
    await platform.http.post(`/api/feedback/${feedback.id}/answer`).set(bearer(xdDesk)).send({ answer: 'Bộ phận Một cửa đã tiếp nhận hồ sơ sáng 3/3.', publish: false });
    expect((await platform.http.get(`/api/public/questions/${feedback.id}`)).status).toBe(404);
    const published = await platform.http.put(`/api/feedback/${feedback.id}/published`).set(bearer(xdDesk)).send({ published: true });
    expect(published.body).toMatchObject({ published: true, status: 'answered' });
    expect((await platform.http.get(`/api/public/questions/${feedback.id}`)).status).toBe(200);
    expect((await platform.http.put(`/api/feedback/${feedback.id}/published`).set(bearer(tpDesk)).send({ published: false })).status).toBe(404);
    await platform.http.put(`/api/feedback/${feedback.id}/published`).set(bearer(xdDesk)).send({ published: false });
    expect((await platform.http.get(`/api/public/questions/${feedback.id}`)).status).toBe(404);
  });
});
