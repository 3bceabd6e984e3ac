import type { Role } from '../authz/roles';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import type { ProcessUserTask } from './process-lookup';

/**
 * The ground the catalogue's tests stand on: a small province, sectors, one officer per catalogue
 * role, and deployed process definitions written straight into `process_definition` (the
 * deployment route belongs to the workflow feature; only its stored summary matters here).
 */

const PASSWORD = 'Chinhthuc@2026';

/** Starting a platform and its officers hashes passwords: slow on a loaded machine. */
export const KIT_TIMEOUT = 120_000;

export const PROVINCE = '000.00.00.H01';
export const BUILDING_DEPT = '000.00.14.H01';
export const JUSTICE_DEPT = '000.00.15.H01';
export const COMMUNE_A = '000.21.01.H01';
export const COMMUNE_B = '000.21.02.H01';

export const DECISION = { number: '12/QĐ-UBND', date: '2026-02-20' };

export interface CatalogueKit {
  platform: TestPlatform;
  tokens: Record<'admin' | 'control' | 'designer' | 'desk' | 'agencyAdmin' | 'communeAdmin', string>;
  post(token: string, url: string, body?: object): ReturnType<TestPlatform['http']['post']>;
  patch(token: string, url: string, body: object): ReturnType<TestPlatform['http']['patch']>;
  get(url: string, token?: string): ReturnType<TestPlatform['http']['get']>;
  /** Stores the next version of a process with these user tasks; returns its version number. */
  deploy(key: string, userTasks: ProcessUserTask[]): Promise<number>;
  /** Drafts, test-runs and publishes; fails the test when any step is refused. */
  publish(body: object): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Reception, appraisal and approval: 0.5 + 10 + 2 working days = 12.5 working days in all. */
export const STANDARD_TASKS: ProcessUserTask[] = [
  { id: 'reception', name: 'Tiếp nhận hồ sơ', role: 'desk_officer', budget: { value: 4, unit: 'working_hours' }, actions: ['accept'], formView: 'reception' },
  { id: 'appraisal', name: 'Thẩm định hồ sơ', role: 'specialist', budget: { value: 10, unit: 'working_days' }, actions: ['propose'], formView: 'appraisal' },
  { id: 'approval', name: 'Phê duyệt', role: 'agency_leader', budget: { value: 2, unit: 'working_days' }, actions: ['approve', 'return'] },
];

/** A bare JSON Schema, as a client that knows nothing of layouts sends it. */
export const simpleSchema = {
  type: 'object',
  required: ['applicant'],
  properties: {
    applicant: {
      type: 'object',
      title: 'Người nộp',
      required: ['fullName'],
      properties: { fullName: { type: 'string', title: 'Họ và tên', minLength: 2 }, phone: { type: 'string', title: 'Số điện thoại' } },
    },
    note: { type: 'string', title: 'Ghi chú' },
  },
};

/** A complete, publishable record with the given changes. */
export function sampleProcedure(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: '1.000948',
    name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    sectorCode: 'XD',
    agencyCodes: [BUILDING_DEPT],
    processKey: 'standard',
    processingTime: { value: 15, unit: 'working_days' },
    serviceLevel: 'partial_online',
    formSchema: simpleSchema,
    components: [
      { code: 'GIAY_TO_DAT', name: 'Giấy tờ chứng minh quyền sử dụng đất', required: true },
      { code: 'BAN_VE', name: 'Bản vẽ thiết kế', required: true, originals: 2 },
    ],
    fees: [{ name: 'Lệ phí cấp giấy phép', amount: 75000 }],
    ...changes,
  };
}

export async function startCatalogueKit(): Promise<CatalogueKit> {
  const platform = await startTestPlatform();
  const admin = await platform.login('admin');
  const http = platform.http;
  const post = (token: string, url: string, body?: object) => {
    const request = http.post(url).set(bearer(token));
    return body === undefined ? request : request.send(body);
  };
  for (const agency of [
    { code: PROVINCE, name: 'UBND tỉnh Thử', level: 'province' },
    { code: BUILDING_DEPT, name: 'Sở Xây dựng', level: 'province', parentCode: PROVINCE },
    { code: JUSTICE_DEPT, name: 'Sở Tư pháp', level: 'province', parentCode: PROVINCE },
    { code: COMMUNE_A, name: 'UBND xã An Phú', level: 'commune', parentCode: PROVINCE },
    { code: COMMUNE_B, name: 'UBND xã Bình Minh', level: 'commune', parentCode: PROVINCE },
  ]) expect((await post(admin, '/api/admin/agencies', agency)).status).toBe(201);
  for (const sector of [{ code: 'XD', name: 'Hoạt động xây dựng' }, { code: 'HT', name: 'Hộ tịch' }, { code: 'CT', name: 'Chứng thực' }]) {
    expect((await post(admin, '/api/admin/sectors', sector)).status).toBe(201);
  }
  const db = platform.orm.em.fork().getConnection();
  const officer = async (username: string, agencyCode: string, roles: Role[]) => {
    expect((await post(admin, '/api/admin/users', { username, password: PASSWORD, fullName: `Cán bộ ${username}`, agencyCode, roles })).status).toBe(201);
    // The first-login password change is the identity feature's business; skipping it saves two argon2 hashes per officer.
    await db.execute('update app_user set must_change_password = false where username = ?', [username]);
    return platform.login(username, PASSWORD);
  };
  const tokens = {
    admin,
    control: await officer('kiemsoat', PROVINCE, ['control_office']),
    designer: await officer('thietke', PROVINCE, ['process_designer']),
    desk: await officer('motcua', BUILDING_DEPT, ['desk_officer']),
    agencyAdmin: await officer('quantri.xd', BUILDING_DEPT, ['agency_admin']),
    communeAdmin: await officer('quantri.xa', COMMUNE_A, ['agency_admin']),
  };
  const kit: CatalogueKit = {
    platform,
    tokens,
    post,
    patch: (token, url, body) => http.patch(url).set(bearer(token)).send(body),
    get: (url, token) => (token ? http.get(url).set(bearer(token)) : http.get(url)),
    async deploy(key, userTasks) {
      const rows = await db.execute<{ version: number }[]>(
        `insert into process_definition (key, version, name, bpmn_xml, summary)
         select ?, coalesce(max(version), 0) + 1, ?, '<definitions/>', ?::jsonb from process_definition where key = ? returning version`,
        [key, `Quy trình ${key}`, JSON.stringify({ userTasks }), key]);
      return rows[0].version;
    },
    async publish(body) {
      const created = await post(tokens.designer, '/api/admin/procedures', body);
      if (created.status !== 201) throw new Error(`draft refused: ${JSON.stringify(created.body)}`);
      const code = created.body.code as string;
      const run = await post(tokens.designer, `/api/admin/procedures/${code}/test-runs`, { outcome: 'passed', notes: 'Chạy thử đạt' });
      if (run.status !== 201) throw new Error(`test run refused: ${JSON.stringify(run.body)}`);
      const published = await post(tokens.control, `/api/admin/procedures/${code}/publish`, { decision: DECISION });
      if (published.status !== 200) throw new Error(`publication refused: ${JSON.stringify(published.body)}`);
      return published.body;
    },
    close: () => platform.close(),
  };
  return kit;
}
