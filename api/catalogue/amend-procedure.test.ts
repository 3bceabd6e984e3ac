import { findProcedureVersion, findPublishedProcedure } from '.';
import { sql } from './sql';
import { BUILDING_DEPT, DECISION, KIT_TIMEOUT, STANDARD_TASKS, sampleProcedure, startCatalogueKit, type CatalogueKit } from './catalogue-test-kit';

describe('amending and abolishing a published procedure (A4)', () => {
  let kit: CatalogueKit;
  let firstVersionId: number;
  const form = {
    schema: { type: 'object', properties: { name: { type: 'string', title: 'Tên' } } },
    views: { reception: { visible: ['*'], editable: [] }, appraisal: { visible: ['*'], editable: ['*'] } },
    components: [{ code: 'GIAY_TO_DAT', name: 'Giấy tờ đất', required: true }, { code: 'BAN_VE', name: 'Bản vẽ', required: true }],
  };

  beforeAll(async () => {
    kit = await startCatalogueKit();
    await kit.deploy('standard', STANDARD_TASKS);
    await kit.publish(sampleProcedure({ formSchema: form }));
    firstVersionId = (await findPublishedProcedure(kit.platform.orm.em.fork(), '1.000948'))!.versionId;
  }, KIT_TIMEOUT);
  afterAll(() => kit.close());

  it('drafts version 2 from the version in force, which stays in force meanwhile', async () => {
    const amended = await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/versions', {
      processingTime: { value: 13, unit: 'working_days' }, fees: [{ name: 'Lệ phí cấp giấy phép', amount: 50000 }],
    });
    expect(amended.status).toBe(201);
    expect(amended.body).toEqual(expect.objectContaining({
      version: 2, status: 'draft', processingTime: { value: 13, unit: 'working_days' }, decision: null, processVersion: 1,
    }));
    expect(amended.body.form).toEqual(expect.objectContaining({ version: 2, views: form.views }));
    expect((await kit.get('/api/procedures/1.000948')).body.version).toBe(1);
    // A sandbox test run reads the draft; its form carries the revision, so validator caches never serve an older draft.
    const [draft] = await sql<{ id: number }>(kit.platform.orm.em.fork(), `select v.id from procedure_version v where v.version = 2`);
    const sandbox = await findProcedureVersion(kit.platform.orm.em.fork(), draft.id);
    expect(sandbox).toEqual(expect.objectContaining({ version: 2, status: 'draft', processKey: 'standard', processVersion: 1, agencyCodes: [BUILDING_DEPT] }));
    expect(sandbox?.form).toEqual(expect.objectContaining({ id: '1.000948', version: '2-r1' }));
    const twice = await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/versions', {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('PROCEDURE_DRAFT_EXISTS');
  });

  it('publishes version 2 by a new decision; version 1 is superseded but still found for its dossiers', async () => {
    await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/test-runs', { outcome: 'passed' });
    const published = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/publish', { decision: { number: '30/QĐ-UBND', date: '2026-03-01' } });
    expect(published.status).toBe(200);
    const versions = await kit.get('/api/admin/procedures/1.000948/versions', kit.tokens.control);
    expect(versions.body.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'superseded']]);
    expect((await kit.get('/api/procedures/1.000948')).body.processingTime).toEqual({ value: 13, unit: 'working_days' });
    const old = await findProcedureVersion(kit.platform.orm.em.fork(), firstVersionId);
    expect(old).toEqual(expect.objectContaining({ version: 1, status: 'superseded', processingTime: { value: 15, unit: 'working_days' } }));
    expect(old?.fees).toEqual([{ name: 'Lệ phí cấp giấy phép', amount: 75000 }]);
    const publicOld = await kit.get('/api/procedures/1.000948/versions/1');
    expect(publicOld.body).toEqual(expect.objectContaining({ version: 1, status: 'superseded', decision: DECISION }));
    expect((await kit.patch(kit.tokens.control, '/api/admin/procedures/1.000948/versions/1', { name: 'Sửa' })).status).toBe(409);
  });

  it('discards an amendment draft without touching the version in force', async () => {
    await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/versions', { name: 'Tên dự thảo' });
    expect((await kit.get('/api/procedures/1.000948/versions/3')).status).toBe(404);
    const discarded = await kit.platform.http.delete('/api/admin/procedures/1.000948/draft').set('Authorization', `Bearer ${kit.tokens.designer}`);
    expect(discarded.status).toBe(204);
    expect((await kit.get('/api/admin/procedures/1.000948/versions', kit.tokens.control)).body).toHaveLength(2);
    expect((await kit.get('/api/procedures/1.000948')).body.name).toBe('Cấp giấy phép xây dựng nhà ở riêng lẻ');
  });

  it('abolishes by decision: gone from search and from filing, kept for the dossiers filed under it', async () => {
    expect((await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/abolish', { decision: DECISION })).status).toBe(403);
    const abolished = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/abolish', { decision: { number: '45/QĐ-UBND', date: '2026-03-02' } });
    expect(abolished.status).toBe(200);
    expect(abolished.body).toEqual(expect.objectContaining({ status: 'abolished', abolition: { number: '45/QĐ-UBND', date: '2026-03-02' }, abolishedAt: '2026-03-02T09:00:00+07:00' }));
    expect((await kit.get('/api/procedures/1.000948')).status).toBe(404);
    expect((await kit.get('/api/procedures?q=giay phep xay dung')).body).toEqual([]);
    expect(await findPublishedProcedure(kit.platform.orm.em.fork(), '1.000948')).toBeNull();
    expect((await findProcedureVersion(kit.platform.orm.em.fork(), firstVersionId))?.status).toBe('superseded');
    const again = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/abolish', { decision: DECISION });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PROCEDURE_ABOLISHED');
    const amend = await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/versions', {});
    expect(amend.body.error.code).toBe('PROCEDURE_ABOLISHED');
  });

  it('refuses to abolish without a decision, or a procedure never published', async () => {
    const missing = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/abolish', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('/decision');
    await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure({ code: '1.000949', agencyCodes: [BUILDING_DEPT] }));
    const draft = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000949/abolish', { decision: DECISION });
    expect(draft.status).toBe(409);
    expect(draft.body.error.code).toBe('PROCEDURE_NOT_PUBLISHED');
  });
});
