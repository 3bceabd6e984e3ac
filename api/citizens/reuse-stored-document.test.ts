import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { sql } from '../db/sql';
import { binary, citizenToken, insertDossier } from '../documents/testing/dossier-fixture';
import { simplePdf } from '../documents/testing/files';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Dùng lại giấy tờ trong kho dữ liệu (C9): a file of an earlier dossier fills a component of a new one. */
describe('reusing a document from the personal data store', () => {
  let platform: TestPlatform;
  let owner: string;
  let stranger: string;
  let pdf: Buffer;
  let documentId: string;
  const earlier = '000.00.14.H99-260302-0301';
  const current = '000.00.14.H99-260302-0302';
  const strangers = '000.00.14.H99-260302-0303';
  const inProgress = '000.00.14.H99-260302-0304';

  beforeAll(async () => {
    platform = await startTestPlatform({ DEMO: '1', STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tthc-reuse-')) });
    const online = { channel: 'online' as const, receivedAt: null, dueAt: null, receivedBy: null };
    await insertDossier(platform, { code: earlier, status: 'submitted', applicantSubject: 'vneid-owner', ...online });
    await insertDossier(platform, { code: current, status: 'submitted', applicantSubject: 'vneid-owner', ...online });
    await insertDossier(platform, { code: strangers, status: 'submitted', applicantSubject: 'vneid-stranger', ...online });
    await insertDossier(platform, { code: inProgress, status: 'processing', applicantSubject: 'vneid-owner', channel: 'online' });
    owner = await citizenToken(platform, 'vneid-owner', 'Trần Thị Ánh Tuyết', '079190000123');
    stranger = await citizenToken(platform, 'vneid-stranger', 'Lê Văn Khác', '079190000999');

    // given: the land-use certificate the owner attached to an earlier dossier, since settled
    pdf = await simplePdf('Giay chung nhan quyen su dung dat');
    const uploaded = await platform.http.post(`/api/dossiers/${earlier}/attachments`).set(bearer(owner))
      .field('componentCode', 'GIAY_TO_DAT').attach('file', pdf, 'Giấy chứng nhận QSDĐ.pdf');
    expect(uploaded.status).toBe(201);
    await sql(platform.orm.em.fork()).run(`update dossier set status = 'returned' where code = ?`, [earlier]);
  });
  afterAll(() => platform?.close());

  it('offers the earlier file in the data store as reusable', async () => {
    const store = await platform.http.get('/api/citizen/data-store').set(bearer(owner));
    const kept = store.body.documents.find((d: { dossierCode: string }) => d.dossierCode === earlier);
    expect(kept).toMatchObject({ kind: 'component', componentCode: 'GIAY_TO_DAT', fileName: 'Giấy chứng nhận QSDĐ.pdf', reusable: true, removable: false });
    documentId = kept.id;
  });

  it('attaches it to the new dossier without a new upload, and says so in the history', async () => {
    const reused = await platform.http.post(`/api/citizen/dossiers/${current}/attachments/from-store`).set(bearer(owner))
      .send({ componentCode: 'GIAY_TO_DAT', documentId });
    expect(reused.status).toBe(201);
    expect(reused.body).toMatchObject({ componentCode: 'GIAY_TO_DAT', originalName: 'Giấy chứng nhận QSDĐ.pdf', sha256: sha256(pdf), uploadedBy: 'Trần Thị Ánh Tuyết' });

    const download = await platform.http.get(`/api/dossiers/${current}/attachments/${reused.body.id}`).set(bearer(owner)).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect(download.body.equals(pdf)).toBe(true);
    const event = await sql(platform.orm.em.fork()).one<{ comment: string }>(
      `select e.comment from dossier_event e join dossier d on d.id = e.dossier_id where d.code = ? and e.kind = 'attachment_reused'`, [current],
    );
    expect(event?.comment).toBe(`Dùng lại giấy tờ trong kho dữ liệu: Giấy chứng nhận QSDĐ.pdf (hồ sơ ${earlier})`);
  });

  it('does not let another citizen use the owner’s document, nor the owner fill another’s dossier', async () => {
    const borrowed = await platform.http.post(`/api/citizen/dossiers/${strangers}/attachments/from-store`).set(bearer(stranger))
      .send({ componentCode: 'GIAY_TO_DAT', documentId });
    expect(borrowed.status).toBe(404);
    expect(borrowed.body.error.code).toBe('DOCUMENT_NOT_FOUND');
    const intruding = await platform.http.post(`/api/citizen/dossiers/${strangers}/attachments/from-store`).set(bearer(owner))
      .send({ componentCode: 'GIAY_TO_DAT', documentId });
    expect(intruding.status).toBe(404);
    expect(intruding.body.error.code).toBe('DOSSIER_NOT_FOUND');
  });

  it('refuses a dossier already in the agency’s hands, an unknown component and a document without a file', async () => {
    const late = await platform.http.post(`/api/citizen/dossiers/${inProgress}/attachments/from-store`).set(bearer(owner)).send({ componentCode: 'GIAY_TO_DAT', documentId });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('WRONG_DOSSIER_STATE');
    const unknown = await platform.http.post(`/api/citizen/dossiers/${current}/attachments/from-store`).set(bearer(owner)).send({ componentCode: 'KHONG_CO', documentId });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('UNKNOWN_COMPONENT');
    const kept = await platform.http.post(`/api/citizen/dossiers/${current}/attachments/from-store`).set(bearer(owner)).send({ componentCode: 'GIAY_TO_DAT', documentId: 'store-1' });
    expect(kept.status).toBe(400);
    expect(kept.body.error.details[0].path).toBe('/documentId');
  });
});
