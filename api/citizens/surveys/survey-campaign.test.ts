import { bearer, startTestPlatform, type TestPlatform } from '../../../test/support/platform';
import { createAgency, createOfficer, signedInCitizen, t, type TestCitizen } from '../testing/citizen-fixture';

/**
 * Khảo sát mức độ hài lòng theo đợt (C7): a campaign over a period, its own questions, one answer
 * per citizen and campaign, results per agency within the officer's scope.
 */
describe('survey campaigns', () => {
  let platform: TestPlatform;
  let control: string;
  let xdLeader: string;
  let tpLeader: string;
  let an: TestCitizen;
  let ngoc: TestCitizen;
  let binh: TestCitizen;
  let provinceCampaign: number;
  let xdCampaign: number;
  const province = '000.00.00.H01';
  const xd = '000.00.14.H01';
  const tp = '000.00.15.H01';
  const allScores = (questions: { code: string }[], score: number) => Object.fromEntries(questions.map((q) => [q.code, score]));

  beforeAll(async () => {
    platform = await startTestPlatform();
    const admin = await platform.login('admin');
    await createAgency(platform, admin, { code: province, name: 'Ủy ban nhân dân tỉnh' });
    await createAgency(platform, admin, { code: xd, name: 'Sở Xây dựng', parentCode: province });
    await createAgency(platform, admin, { code: tp, name: 'Sở Tư pháp', parentCode: province });
    control = await createOfficer(platform, admin, { username: 'kiemsoat', fullName: 'Lê Văn Kiểm', agencyCode: province, roles: ['control_office'] });
    xdLeader = await createOfficer(platform, admin, { username: 'lanhdao.xd', fullName: 'Trần Quốc Hùng', agencyCode: xd, roles: ['agency_leader'] });
    tpLeader = await createOfficer(platform, admin, { username: 'lanhdao.tp', fullName: 'Võ Thị Hoa', agencyCode: tp, roles: ['agency_leader'] });
    an = await signedInCitizen(platform, { sub: 'sub-an', name: 'Nguyễn Văn An', id_number: '001085012345' });
    ngoc = await signedInCitizen(platform, { sub: 'sub-ngoc', name: 'Trần Thị Bích Ngọc', id_number: '092192004567' });
    binh = await signedInCitizen(platform, { sub: 'sub-binh', name: 'Phạm Văn Bình', id_number: '094201007890' });
  });
  afterAll(() => platform?.close());

  it('creates a province campaign asking the rating criteria in force, open at once', async () => {
    // Today is Monday 2 March 2026.
    const response = await platform.http.post('/api/surveys').set(bearer(control)).send({
      title: 'Khảo sát mức độ hài lòng quý I năm 2026', description: 'Ý kiến của người dân về các cơ quan của tỉnh.',
      startsOn: '2026-03-02', endsOn: '2026-03-31',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ agencyCode: null, agencyName: 'Toàn tỉnh', status: 'open', statusLabel: 'Đang khảo sát', responses: 0 });
    expect(response.body.questions).toHaveLength(12);
    expect(response.body.questions[0]).toEqual({ code: 'overall', text: 'Mức độ hài lòng chung về việc giải quyết hồ sơ' });
    provinceCampaign = response.body.id;
  });

  it('lets an agency leader run a campaign of their own agency with their own questions', async () => {
    const response = await platform.http.post('/api/surveys').set(bearer(xdLeader)).send({
      title: 'Khảo sát về cấp giấy phép xây dựng', startsOn: '2026-03-02', endsOn: '2026-04-30',
      questions: ['Cán bộ hướng dẫn hồ sơ rõ ràng, dễ hiểu', 'Thời gian chờ tại Bộ phận Một cửa hợp lý'],
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ agencyCode: xd, agencyName: 'Sở Xây dựng', questions: [{ code: 'q1' }, { code: 'q2' }] });
    xdCampaign = response.body.id;

    const outside = await platform.http.post('/api/surveys').set(bearer(xdLeader)).send({ title: 'Khảo sát Sở Tư pháp', agencyCode: tp, startsOn: '2026-03-02', endsOn: '2026-03-31' });
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('OUT_OF_SCOPE');
  });

  it('names what is wrong with a campaign’s period and questions', async () => {
    const response = await platform.http.post('/api/surveys').set(bearer(control)).send({
      title: 'Khảo sát thử', startsOn: '2026-02-10', endsOn: '2026-02-01', questions: ['Câu hỏi một', 'Câu hỏi một'],
    });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'SURVEY_INVALID', message: 'Thông tin đợt khảo sát chưa hợp lệ.' });
    expect(response.body.error.details).toEqual([
      { path: '/endsOn', message: 'Ngày kết thúc phải cùng ngày hoặc sau ngày bắt đầu.' },
      { path: '/endsOn', message: 'Ngày kết thúc đã qua; hãy chọn một ngày từ hôm nay trở đi.' },
      { path: '/questions/1', message: 'Câu hỏi này bị lặp.' },
    ]);
    const malformed = await platform.http.post('/api/surveys').set(bearer(control)).send({ title: 'Khảo sát thử', startsOn: '02/03/2026', endsOn: '2026-03-31' });
    expect(malformed.status).toBe(400);
  });

  it('lists the open campaigns on the portal, with the agencies a respondent may assess', async () => {
    const open = await platform.http.get('/api/public/surveys');
    expect(open.status).toBe(200);
    expect(open.body.map((c: { id: number }) => c.id).sort()).toEqual([provinceCampaign, xdCampaign].sort());
    const detail = await platform.http.get(`/api/public/surveys/${xdCampaign}`);
    expect(detail.body.agencies).toEqual([{ code: xd, name: 'Sở Xây dựng' }]);
    expect(detail.body.scale.map((s: { label: string }) => s.label)).toEqual(['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng']);
    const whole = await platform.http.get(`/api/public/surveys/${provinceCampaign}`);
    expect(whole.body.agencies.map((a: { code: string }) => a.code)).toEqual([province, xd, tp]);
    expect((await platform.http.get('/api/public/surveys/99999')).status).toBe(404);
  });

  it('takes one answer per citizen and campaign', async () => {
    const { body: campaign } = await platform.http.get(`/api/public/surveys/${provinceCampaign}`);
    const first = await platform.http.post(`/api/citizen/surveys/${provinceCampaign}/responses`).set(bearer(an.token))
      .send({ agencyCode: xd, scores: { ...allScores(campaign.questions, 5), staff_attitude: 3 }, comment: 'Cán bộ Một cửa cần niềm nở hơn.' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ campaignId: provinceCampaign, agencyName: 'Sở Xây dựng', average: 4.83 });

    const second = await platform.http.post(`/api/citizen/surveys/${provinceCampaign}/responses`).set(bearer(an.token))
      .send({ agencyCode: tp, scores: allScores(campaign.questions, 1) });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'SURVEY_ALREADY_ANSWERED', message: 'Bạn đã tham gia đợt khảo sát này. Mỗi người chỉ trả lời một lần.' });

    const mine = await platform.http.get('/api/citizen/surveys').set(bearer(an.token));
    expect(mine.body).toEqual([{ campaignId: provinceCampaign, agencyName: 'Sở Xây dựng', answeredAt: '2026-03-02T09:00:00+07:00' }]);
    expect((await platform.http.get('/api/citizen/surveys')).status).toBe(401);
  });

  it('keeps only the first of two answers sent at once', async () => {
    const { body: campaign } = await platform.http.get(`/api/public/surveys/${xdCampaign}`);
    const send = () => platform.http.post(`/api/citizen/surveys/${xdCampaign}/responses`).set(bearer(binh.token)).send({ agencyCode: xd, scores: allScores(campaign.questions, 4) });
    const statuses = (await Promise.all([send(), send(), send()])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409]);
  });

  it('names each question left without a score and an agency outside the campaign', async () => {
    const response = await platform.http.post(`/api/citizen/surveys/${xdCampaign}/responses`).set(bearer(ngoc.token))
      .send({ agencyCode: tp, scores: { q2: 4, q9: 5 } });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('SURVEY_RESPONSE_INVALID');
    expect(response.body.error.details).toEqual([
      { path: '/agencyCode', message: 'Vui lòng chọn một cơ quan thuộc phạm vi của đợt khảo sát.' },
      { path: '/scores/q1', message: 'Vui lòng chọn mức đánh giá cho “Cán bộ hướng dẫn hồ sơ rõ ràng, dễ hiểu”.' },
      { path: '/scores/q9', message: 'Đợt khảo sát không có câu hỏi này.' },
    ]);
    const offScale = await platform.http.post(`/api/citizen/surveys/${xdCampaign}/responses`).set(bearer(ngoc.token)).send({ agencyCode: xd, scores: { q1: 6, q2: 4 } });
    expect(offScale.status).toBe(400);
  });

  it('adds results up per agency and per question, each officer within their scope', async () => {
    const { body: campaign } = await platform.http.get(`/api/public/surveys/${provinceCampaign}`);
    await platform.http.post(`/api/citizen/surveys/${provinceCampaign}/responses`).set(bearer(ngoc.token)).send({ agencyCode: tp, scores: allScores(campaign.questions, 2) });
    await platform.http.post(`/api/citizen/surveys/${provinceCampaign}/responses`).set(bearer(binh.token)).send({ agencyCode: xd, scores: allScores(campaign.questions, 4) });

    const all = await platform.http.get(`/api/surveys/${provinceCampaign}/results`).set(bearer(control));
    expect(all.status).toBe(200);
    expect(all.body.totals).toEqual({ responses: 3, average: 3.61, satisfiedRate: 66.7 });
    expect(all.body.agencies.map((a: { agencyName: string; responses: number; average: number; satisfiedRate: number }) => [a.agencyName, a.responses, a.average, a.satisfiedRate]))
      .toEqual([['Sở Xây dựng', 2, 4.42, 100], ['Sở Tư pháp', 1, 2, 0]]);
    const attitude = all.body.questions.find((q: { code: string }) => q.code === 'staff_attitude');
    expect(attitude).toMatchObject({ average: 3, counts: [0, 1, 1, 1, 0] });
    expect(all.body.comments).toEqual([{ agencyName: 'Sở Xây dựng', comment: 'Cán bộ Một cửa cần niềm nở hơn.', createdAt: '2026-03-02T09:00:00+07:00' }]);

    const ownOnly = await platform.http.get(`/api/surveys/${provinceCampaign}/results`).set(bearer(xdLeader));
    expect(ownOnly.body.agencies.map((a: { agencyName: string }) => a.agencyName)).toEqual(['Sở Xây dựng']);
    expect(ownOnly.body.totals.responses).toBe(2);
  });

  it('shows an officer the campaigns that concern their agency, and only its runner closes one', async () => {
    const tpList = await platform.http.get('/api/surveys').set(bearer(tpLeader));
    expect(tpList.body.map((c: { id: number; manageable: boolean }) => [c.id, c.manageable])).toEqual([[provinceCampaign, false]]);
    expect((await platform.http.get(`/api/surveys/${xdCampaign}/results`).set(bearer(tpLeader))).status).toBe(404);
    expect((await platform.http.post(`/api/surveys/${provinceCampaign}/close`).set(bearer(tpLeader))).status).toBe(403);

    const closed = await platform.http.post(`/api/surveys/${xdCampaign}/close`).set(bearer(xdLeader));
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', statusLabel: 'Đã kết thúc', closedAt: '2026-03-02T09:00:00+07:00', responses: 1 });
    const again = await platform.http.post(`/api/surveys/${xdCampaign}/close`).set(bearer(xdLeader));
    expect(again.body.error.code).toBe('SURVEY_ALREADY_CLOSED');
    const late = await platform.http.post(`/api/citizen/surveys/${xdCampaign}/responses`).set(bearer(ngoc.token)).send({ agencyCode: xd, scores: { q1: 4, q2: 4 } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('SURVEY_NOT_OPEN');
  });

  it('opens a scheduled campaign on its first day and ends it after its last', async () => {
    const created = await platform.http.post('/api/surveys').set(bearer(tpLeader)).send({
      title: 'Khảo sát về chứng thực', startsOn: '2026-03-09', endsOn: '2026-03-13', questions: ['Thời gian chứng thực nhanh chóng'],
    });
    expect(created.body.status).toBe('scheduled');
    const id = created.body.id as number;
    const answer = () => platform.http.post(`/api/citizen/surveys/${id}/responses`).set(bearer(ngoc.token)).send({ agencyCode: tp, scores: { q1: 5 } });
    expect((await answer()).body.error.code).toBe('SURVEY_NOT_OPEN');

    platform.clock.set(t('2026-03-09T08:00:00'));
    expect((await platform.http.get('/api/public/surveys')).body.map((c: { id: number }) => c.id)).toContain(id);
    expect((await answer()).status).toBe(201);

    platform.clock.set(t('2026-03-14T08:00:00'));
    expect((await platform.http.get('/api/public/surveys')).body.map((c: { id: number }) => c.id)).not.toContain(id);
    expect((await platform.http.get(`/api/public/surveys/${id}`)).body).toMatchObject({ status: 'closed', responses: 1 });
  });
});
