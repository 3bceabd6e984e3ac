import { simplePdf } from '../../api/documents/testing/files';
import { isS10TrackingNumber } from '../../api/dossiers/connectors/postal';
import { act, demoTokens, receiveSample, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';
import { constructionPermit } from './procedure';

/** Cấp giấy phép xây dựng nhà ở riêng lẻ at Sở Xây dựng: received by post, through three departments, 15 working days. */
describe('construction permit', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  const declared = constructionPermit.samples[1].formData;
  const appraisal = { inspectedOn: '2026-03-05', conclusion: 'eligible', opinion: 'Công trình phù hợp quy hoạch chi tiết; bảo đảm khoảng lùi 2,4 m.' };

  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  it('refuses to link a file of another dossier to a step', async () => {
    const code = await receiveSample(platform, tokens.motcua, constructionPermit);
    const other = await receiveSample(platform, tokens.motcua, constructionPermit, { sample: 2 });
    const file = await platform.http.post(`/api/dossiers/${other}/attachments`).set(bearer(tokens.motcua))
      .field('componentCode', 'GIAY_TO_DAT').attach('file', await simplePdf('Giay to dat'), 'giay-to-dat.pdf');
    const task = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.truongphong))).body.openTasks[0];
    const response = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.truongphong))
      .send({ action: 'assign', attachmentIds: [file.body.id] });
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual(expect.objectContaining({ code: 'ATTACHMENT_NOT_FOUND', details: [expect.objectContaining({ path: '/attachmentIds' })] }));
  });

  it('goes from the post office to the construction office, the leader and the office clerk, and back by post', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const code = await receiveSample(platform, tokens.buuchinh, constructionPermit, { sample: 1, channel: 'postal' });
    const received = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.buuchinh))).body;
    expect(received).toEqual(expect.objectContaining({ channel: 'postal', dueAt: '2026-03-23T09:00:00+07:00' }));

    await act(platform, tokens.truongphong, code, 'assign', 'Giao chị Mai thẩm định, kiểm tra thực địa.');
    platform.clock.set(new Date('2026-03-05T16:00:00+07:00'));
    // The specialist attaches the draft permit and submits it with the appraisal.
    const draft = await platform.http.post(`/api/dossiers/${code}/result`).set(bearer(tokens.chuyenvien))
      .attach('file', await simplePdf('Du thao giay phep xay dung'), 'du-thao-giay-phep.pdf');
    expect(draft.status).toBe(201);
    const task = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.chuyenvien))).body.openTasks[0];
    const submitted = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.chuyenvien))
      .send({ action: 'submit', comment: 'Trình dự thảo giấy phép.', formData: { ...declared, appraisal }, attachmentIds: [draft.body.id] });
    expect(submitted.status).toBe(200);
    await act(platform, tokens.truongphong, code, 'approve');
    await act(platform, tokens.lanhdao, code, 'approve');
    platform.clock.set(new Date('2026-03-09T08:30:00+07:00'));
    expect((await act(platform, tokens.vanthu, code, 'complete')).body.status).toBe('result_ready');
    // By post: the parcel is booked with the post office, to the applicant's address, and its item number kept.
    const posted = await platform.http.post(`/api/dossiers/${code}/return`).set(bearer(tokens.motcua)).send({ method: 'postal' });
    expect(posted.status).toBe(200);
    expect(isS10TrackingNumber(posted.body.trackingNumber)).toBe(true);

    const closed = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body;
    expect(closed).toEqual(expect.objectContaining({ status: 'returned', timeliness: 'early', resolvedAt: '2026-03-09T08:30:00+07:00' }));
    expect(closed.formData.appraisal).toEqual(appraisal);
    // The history names who acted, in which role, and the files that came with each action (D12).
    const history = (await platform.http.get(`/api/dossiers/${code}/history`).set(bearer(tokens.motcua))).body as
      { actor: string; actorRole: string; kind: string; data: object; attachments: { name: string }[] }[];
    expect(history.map((entry) => [entry.actor, entry.actorRole, entry.kind])).toEqual([
      ['Trần Văn Bưu', 'postal_staff', 'received'], ['Lê Văn Hùng', 'department_head', 'task_completed'],
      ['Phạm Thị Mai', 'specialist', 'result_attached'], ['Phạm Thị Mai', 'specialist', 'task_completed'],
      ['Lê Văn Hùng', 'department_head', 'task_completed'], ['Võ Minh Quang', 'agency_leader', 'task_completed'],
      ['Đặng Thị Hoa', 'clerk', 'task_completed'], ['Nguyễn Thị Lan', 'desk_officer', 'result_returned'],
    ]);
    expect(history.at(-1)!).toEqual(expect.objectContaining({
      data: expect.objectContaining({ method: 'postal', trackingNumber: posted.body.trackingNumber, address: 'Số 45, đường Trần Hưng Đạo, Xã An Phú, Tỉnh Demo' }),
    }));
    expect(history[3].attachments).toEqual([expect.objectContaining({ name: 'du-thao-giay-phep.pdf', purpose: 'result' })]);
  });
});
