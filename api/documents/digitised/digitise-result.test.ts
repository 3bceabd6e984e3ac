import { bearer, startTestPlatform, type TestPlatform } from '../../../test/support/platform';
import { binary, citizenToken, demoLogin, insertDossier, officerToken } from '../testing/dossier-fixture';
import { simplePdf } from '../testing/files';

const HOLDER = '079190000123';

describe('the digitised results repository (kho số hóa kết quả)', () => {
  let platform: TestPlatform;
  let specialist: string;
  let justiceDesk: string;
  let control: string;
  let applicant: string;
  let resultAttachment: { id: number; sha256: string };
  let permitId: number;

  beforeAll(async () => {
    platform = await startTestPlatform({ DEMO: '1' });
    specialist = await demoLogin(platform, 'chuyenvien');
    control = await demoLogin(platform, 'kiemsoat');
    justiceDesk = await officerToken(platform, 'motcua.tuphap', '000.00.15.H99', ['desk_officer'], 'Phan Văn Tư');
    applicant = await citizenToken(platform, 'vneid-holder', 'Trần Thị Ánh Tuyết', HOLDER);
    await insertDossier(platform, { code: '000.00.14.H99-260302-0401', applicantSubject: 'vneid-holder', channel: 'online' });
    const upload = await platform.http.post('/api/dossiers/000.00.14.H99-260302-0401/result').set(bearer(specialist))
      .attach('file', await simplePdf('Giay phep xay dung so 12/GPXD'), 'giay-phep.pdf');
    resultAttachment = upload.body;
  });
  afterAll(() => platform.close());

  const digitise = (token: string, body: object) => platform.http.post('/api/digitised-results').set(bearer(token)).send(body);

  it('records a result with the fields Điều 9.3b lists, linked to its dossier and file', async () => {
    const response = await digitise(specialist, {
      documentTypeCode: 'GPXD', documentNumber: '12/GPXD', documentName: 'Giấy phép xây dựng nhà ở riêng lẻ',
      summary: 'Cấp phép xây dựng nhà ở 3 tầng tại thửa đất số 45, tờ bản đồ số 12', holder: { idNumber: HOLDER, fullName: 'Trần Thị Ánh Tuyết' },
      issuedOn: '2026-03-10', issuer: 'Sở Xây dựng tỉnh Demo', expiresOn: '2027-03-10', validityScope: 'Thửa đất số 45, tờ bản đồ số 12, phường 1',
      extra: { soThua: '45', toBanDo: '12' }, dossierCode: '000.00.14.H99-260302-0401', attachmentId: resultAttachment.id,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      agencyCode: '000.00.14.H99', dossierCode: '000.00.14.H99-260302-0401', attachmentId: resultAttachment.id, documentTypeCode: 'GPXD',
      holder: { idNumber: HOLDER }, expiresOn: '2027-03-10', missingFields: [], extra: { soThua: '45' },
    });
    permitId = response.body.id;
  });

  it('asks for a note naming the missing fields, and for a holder who can be identified', async () => {
    const noNote = await digitise(specialist, { documentTypeCode: 'GCN', documentName: 'Giấy chứng nhận đủ điều kiện', holder: { idNumber: HOLDER } });
    expect(noNote.status).toBe(422);
    expect(noNote.body.error.code).toBe('DIGITISED_RESULT_INCOMPLETE');
    expect(noNote.body.error.details).toEqual([{ path: '/note', message: expect.stringContaining('trích yếu nội dung, thời hạn hết hiệu lực') }]);

    const noted = await digitise(specialist, {
      documentTypeCode: 'GCN', documentName: 'Giấy chứng nhận đủ điều kiện', holder: { idNumber: HOLDER }, note: 'Bản giấy không ghi trích yếu và thời hạn.',
    });
    expect(noted.status).toBe(201);
    expect(noted.body.missingFields).toEqual(['summary', 'expiresOn']);

    const nobody = await digitise(specialist, { documentTypeCode: 'GCN', documentName: 'Giấy chứng nhận', holder: { fullName: 'Nguyễn Văn B' }, note: 'x' });
    expect(nobody.status).toBe(422);
    expect(nobody.body.error.details[0].path).toBe('/holder/idNumber');

    const byName = await digitise(specialist, {
      documentTypeCode: 'GCN', documentName: 'Giấy chứng nhận cũ', holder: { fullName: 'Nguyễn Văn B', birthYear: 1950 },
      issuedOn: '1998-05-04', issuer: 'UBND huyện Demo', note: 'Người được cấp không có căn cước; bản giấy không ghi thời hạn.',
    });
    expect(byName.status).toBe(201);
    expect(byName.body.missingFields).toEqual(['holderIdNumber', 'summary', 'expiresOn']);
  });

  it('searches in the officer\'s scope, by holder and by words with or without diacritics', async () => {
    const elsewhere = await digitise(justiceDesk, {
      documentTypeCode: 'LLTP', documentName: 'Phiếu lý lịch tư pháp số 1', summary: 'Không có án tích', holder: { idNumber: HOLDER }, expiresOn: '2026-09-01',
    });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.agencyCode).toBe('000.00.15.H99');

    const mine = await platform.http.get(`/api/digitised-results?holderIdNumber=${HOLDER}`).set(bearer(specialist));
    expect(mine.body.map((r: { documentTypeCode: string }) => r.documentTypeCode).sort()).toEqual(['GCN', 'GPXD']);
    const words = await platform.http.get('/api/digitised-results?q=giay%20phep%20xay%20dung').set(bearer(specialist));
    expect(words.body.map((r: { id: number }) => r.id)).toEqual([permitId]);
    const province = await platform.http.get(`/api/digitised-results?holderIdNumber=${HOLDER}`).set(bearer(control));
    expect(province.body.map((r: { documentTypeCode: string }) => r.documentTypeCode).sort()).toEqual(['GCN', 'GPXD', 'LLTP']);
    expect((await platform.http.get(`/api/digitised-results/${elsewhere.body.id}`).set(bearer(specialist))).status).toBe(404);
    expect((await platform.http.get(`/api/digitised-results/${permitId}`).set(bearer(specialist))).status).toBe(200);
  });

  it('offers the holder\'s valid results in a later dossier and attaches one without a new upload', async () => {
    await insertDossier(platform, { code: '000.00.14.H99-260401-0001', status: 'submitted', channel: 'online', applicantSubject: 'vneid-holder', receivedAt: null, dueAt: null, receivedBy: null });
    platform.clock.set(new Date('2026-10-01T09:00:00+07:00'));
    const offered = await platform.http.get('/api/dossiers/000.00.14.H99-260401-0001/reusable-results').set(bearer(applicant));
    expect(offered.status).toBe(200);
    // The criminal record extract expired on 2026-09-01; the permit and the undated certificate remain.
    expect(offered.body.map((r: { documentTypeCode: string }) => r.documentTypeCode).sort()).toEqual(['GCN', 'GPXD']);

    const reused = await platform.http.post('/api/dossiers/000.00.14.H99-260401-0001/attachments/reuse').set(bearer(applicant))
      .send({ componentCode: 'GIAY_TO_DAT', digitisedResultId: permitId });
    expect(reused.status).toBe(201);
    expect(reused.body).toMatchObject({ componentCode: 'GIAY_TO_DAT', sha256: resultAttachment.sha256, mediaType: 'application/pdf' });
    const file = await platform.http.get(`/api/dossiers/000.00.14.H99-260401-0001/attachments/${reused.body.id}`).set(bearer(applicant)).buffer(true).parse(binary);
    expect(file.status).toBe(200);
    expect(file.headers['x-content-sha256']).toBe(resultAttachment.sha256);

    await insertDossier(platform, { code: '000.00.14.H99-260401-0002', status: 'submitted', channel: 'online', applicantSubject: 'vneid-other', receivedAt: null, dueAt: null, receivedBy: null, applicant: { fullName: 'Lê Văn Khác', idNumber: '079190000999' } });
    const other = await citizenToken(platform, 'vneid-other', 'Lê Văn Khác', '079190000999');
    const refused = await platform.http.post('/api/dossiers/000.00.14.H99-260401-0002/attachments/reuse').set(bearer(other))
      .send({ componentCode: 'GIAY_TO_DAT', digitisedResultId: permitId });
    expect(refused.status).toBe(404);
  });
});
