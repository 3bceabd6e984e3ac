import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { applicant } from './demo-dossiers';

/** A tiny JSON client for a server running in another process. */
export interface Remote {
  url: string;
  // The body is whatever JSON the route answers; tests read the fields they assert on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: any }>;
  login(username: string, password?: string): Promise<string>;
}

export function remote(url: string): Remote {
  const call: Remote['call'] = async (method, path, token, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    url,
    call,
    async login(username, password = DEMO_PASSWORD) {
      const response = await call('POST', '/api/auth/login', undefined, { username, password });
      if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.token;
    },
  };
}

export const TIMED_PROCEDURE = 'TEST.000001';
const agency = '000.00.14.H99';

/**
 * Deploys the timed-review diagram (a step with a 2-hour interrupting timer) and publishes a
 * procedure on it through the API, as the process designer and the control office would.
 */
export async function publishTimedProcedure(server: Remote): Promise<void> {
  const designer = await server.login('thietke');
  const xml = readFileSync(join(__dirname, '..', 'workflow', 'timed-review.bpmn'), 'utf8');
  const deployed = await server.call('POST', '/api/admin/process-definitions', designer, { key: 'timed-review', bpmnXml: xml });
  if (deployed.status !== 201) throw new Error(`deploy: ${JSON.stringify(deployed.body)}`);
  const control = await server.login('kiemsoat');
  const steps = [
    ['POST', '/api/admin/procedures', {
      code: TIMED_PROCEDURE, name: 'Thủ tục thử nghiệm có hạn xử lý', sectorCode: 'XD', agencyCodes: [agency], processKey: 'timed-review',
      processingTime: { value: 5, unit: 'working_days' }, serviceLevel: 'partial_online',
      formSchema: { type: 'object', required: ['note'], properties: { note: { type: 'string', title: 'Nội dung đề nghị', minLength: 2 } } },
      components: [{ code: 'DON', name: 'Đơn đề nghị', required: true }], fees: [],
    }],
    ['POST', `/api/admin/procedures/${TIMED_PROCEDURE}/test-runs`, { outcome: 'passed', notes: 'Chạy thử tự động.' }],
    ['POST', `/api/admin/procedures/${TIMED_PROCEDURE}/publish`, { decision: { number: '01/QĐ-UBND', date: '2026-01-05' } }],
  ] as const;
  for (const [method, path, body] of steps) {
    const response = await server.call(method, path, control, body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** The desk officer receives a dossier of the timed procedure at the counter; returns its code. */
export async function receiveTimed(server: Remote, deskToken: string): Promise<string> {
  const response = await server.call('POST', '/api/dossiers', deskToken, {
    procedureCode: TIMED_PROCEDURE, agencyCode: agency, channel: 'counter', applicant, formData: { note: 'Đề nghị giải quyết.' },
  });
  if (response.status !== 201) throw new Error(`reception: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.code;
}
