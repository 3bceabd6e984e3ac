import {
  applicant, CONSTRUCTION_AGENCY, CONSTRUCTION_PERMIT, constructionPermitData, demoTokens, receiveAtCounter, startDemoPlatform,
} from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

describe('reception at the counter (D1, D3, E1)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  it('gives the dossier its code, starts the process and sets the appointment date', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const response = await platform.http.post('/api/dossiers').set(bearer(tokens.motcua)).send({
      procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'counter', applicant, formData: constructionPermitData,
    });
    expect(response.status).toBe(201);
    expect(response.body.code).toMatch(/^000\.00\.14\.H99-260302-\d{4}$/);
    expect(response.body.status).toBe('processing');
    expect(response.body.receivedAt).toBe('2026-03-02T09:00:00+07:00');
    // 15 working days (the procedure's legal time) from Monday 2 March 09:00.
    expect(response.body.dueAt).toBe('2026-03-23T09:00:00+07:00');

    const inbox = await platform.http.get('/api/tasks').set(bearer(tokens.truongphong));
    const task = inbox.body.find((t: { dossierCode: string }) => t.dossierCode === response.body.code);
    expect(task).toEqual(expect.objectContaining({ taskKey: 'head_assign', role: 'department_head', procedureName: expect.stringContaining('giấy phép xây dựng') }));
    // 4 working hours from 09:00: 2.5 h before lunch, 1.5 h after 13:30.
    expect(task.dueAt).toBe('2026-03-02T15:00:00+07:00');
  });

  it('shows the dossier to the public by code, with the name masked', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const track = await platform.http.get(`/api/track/${code}`);
    expect(track.status).toBe(200);
    expect(track.body).toEqual(expect.objectContaining({ code, applicantName: 'Nguyễn V. A.', status: 'processing', statusLabel: 'Đang giải quyết' }));
    expect(JSON.stringify(track.body)).not.toContain(applicant.idNumber);
  });

  it('refuses a form with mistakes, naming each field in Vietnamese, and stores nothing', async () => {
    const before = (await platform.http.get('/api/tasks').set(bearer(tokens.truongphong))).body.length;
    const response = await platform.http.post('/api/dossiers').set(bearer(tokens.motcua)).send({
      procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'counter',
      applicant: { ...applicant, idNumber: '999123456789' },
      formData: { ...constructionPermitData, works: { ...constructionPermitData.works, floors: 0 } },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('FORM_INVALID');
    const paths = response.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/applicant/idNumber', '/formData/works/floors']));
    expect((await platform.http.get('/api/tasks').set(bearer(tokens.truongphong))).body.length).toBe(before);
  });

  it('refuses an agency that does not implement the procedure and officers of other roles', async () => {
    const elsewhere = await platform.http.post('/api/dossiers').set(bearer(tokens.motcua)).send({
      procedureCode: CONSTRUCTION_PERMIT, agencyCode: '000.00.15.H99', channel: 'counter', applicant, formData: constructionPermitData,
    });
    expect(elsewhere.body.error.code).toBe('AGENCY_NOT_IMPLEMENTING');
    const specialist = await platform.http.post('/api/dossiers').set(bearer(tokens.chuyenvien)).send({
      procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'counter', applicant, formData: constructionPermitData,
    });
    expect(specialist.status).toBe(403);
  });

  it('numbers the dossiers of one agency and day without gaps', async () => {
    platform.clock.set(new Date('2026-03-05T10:00:00+07:00'));
    const codes = await Promise.all([1, 2, 3, 4, 5].map(() => receiveAtCounter(platform, tokens.motcua)));
    const numbers = codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
  });
});
