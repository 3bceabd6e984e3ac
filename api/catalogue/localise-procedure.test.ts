import { findPublishedProcedure } from '.';
import {
  BUILDING_DEPT, COMMUNE_A, COMMUNE_B, DECISION, JUSTICE_DEPT, KIT_TIMEOUT, STANDARD_TASKS, sampleProcedure, startCatalogueKit, type CatalogueKit,
} from './catalogue-test-kit';

describe("localising a published procedure to agencies' catalogues", () => {
  let kit: CatalogueKit;
  const agencyCodes = async () => (await kit.get('/api/procedures/1.000948')).body.agencyCodes;

  beforeAll(async () => {
    kit = await startCatalogueKit();
    await kit.deploy('standard', STANDARD_TASKS);
    const views = { reception: { visible: ['*'], editable: [] }, appraisal: { visible: ['*'], editable: ['*'] } };
    await kit.publish(sampleProcedure({ formSchema: { schema: { type: 'object', properties: { a: { type: 'string' } } }, views, components: [
      { code: 'GIAY_TO_DAT', name: 'Giấy tờ đất', required: true }, { code: 'BAN_VE', name: 'Bản vẽ', required: true },
    ] } }));
  }, KIT_TIMEOUT);
  afterAll(() => kit.close());

  it('adds many agencies at once, by code and by administrative level, idempotently', async () => {
    const byCode = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/agencies', { agencyCodes: [JUSTICE_DEPT, BUILDING_DEPT] });
    expect(byCode.status).toBe(200);
    expect(byCode.body.added).toBe(1);
    const byLevel = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/agencies', { level: 'commune' });
    expect(byLevel.body).toEqual({
      added: 2,
      agencies: [
        { code: BUILDING_DEPT, name: 'Sở Xây dựng', level: 'province' }, { code: JUSTICE_DEPT, name: 'Sở Tư pháp', level: 'province' },
        { code: COMMUNE_A, name: 'UBND xã An Phú', level: 'commune' }, { code: COMMUNE_B, name: 'UBND xã Bình Minh', level: 'commune' },
      ],
    });
    expect(await agencyCodes()).toEqual([BUILDING_DEPT, JUSTICE_DEPT, COMMUNE_A, COMMUNE_B]);
    expect((await findPublishedProcedure(kit.platform.orm.em.fork(), '1.000948'))?.agencyCodes).toEqual([BUILDING_DEPT, JUSTICE_DEPT, COMMUNE_A, COMMUNE_B]);
    expect((await kit.get(`/api/procedures?agencyCode=${COMMUNE_B}`)).body.map((h: { code: string }) => h.code)).toEqual(['1.000948']);
  });

  it('takes an agency out of the catalogue', async () => {
    const removed = await kit.platform.http.delete(`/api/admin/procedures/1.000948/agencies/${COMMUNE_B}`).set('Authorization', `Bearer ${kit.tokens.control}`);
    expect(removed.status).toBe(204);
    expect(await agencyCodes()).not.toContain(COMMUNE_B);
    const again = await kit.platform.http.delete(`/api/admin/procedures/1.000948/agencies/${COMMUNE_B}`).set('Authorization', `Bearer ${kit.tokens.control}`);
    expect(again.status).toBe(404);
  });

  it('keeps the catalogue across an amendment', async () => {
    await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/versions', { result: 'Giấy phép xây dựng' });
    await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/test-runs', { outcome: 'passed' });
    expect((await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/publish', { decision: DECISION })).status).toBe(200);
    expect(await agencyCodes()).toEqual([BUILDING_DEPT, JUSTICE_DEPT, COMMUNE_A]);
  });

  it('refuses unknown agencies and levels, unpublished procedures, and roles without the right', async () => {
    const unknown = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/agencies', { agencyCodes: [COMMUNE_B, 'NOPE'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toEqual({ code: 'UNKNOWN_AGENCY', message: 'Mã cơ quan không tồn tại.', details: [{ path: '/agencyCodes/1', message: 'Không có cơ quan mã “NOPE”.' }] });
    expect(await agencyCodes()).not.toContain(COMMUNE_B);
    expect((await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/agencies', { level: 'hamlet' })).body.error.code).toBe('UNKNOWN_LEVEL');
    expect((await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/agencies', {})).status).toBe(400);
    await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure({ code: '1.000950' }));
    const draft = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000950/agencies', { agencyCodes: [COMMUNE_A] });
    expect(draft.status).toBe(409);
    expect(draft.body.error.code).toBe('PROCEDURE_NOT_PUBLISHED');
    expect((await kit.post(kit.tokens.control, '/api/admin/procedures/9.9/agencies', { agencyCodes: [COMMUNE_A] })).status).toBe(404);
    expect((await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/agencies', { agencyCodes: [COMMUNE_B] })).status).toBe(403);
  });
});
