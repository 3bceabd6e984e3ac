import { constructionPermit, type DemoProcedure } from '../../processes';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { seedDemoProvince } from '../../api/demo/seed';
import { bearer, startTestPlatform, type TestPlatform } from './platform';

/** The demo Department of Construction and its construction permit procedure (Cấp giấy phép xây dựng). */
export const CONSTRUCTION_AGENCY = constructionPermit.agencyCode;
export const CONSTRUCTION_PERMIT = constructionPermit.record.code;

/** A complete, valid construction permit application (Đơn đề nghị cấp giấy phép xây dựng) and its applicant. */
export const { applicant, formData: constructionPermitData } = constructionPermit.samples[0];

/** Logs in the demo officers once per platform. */
export async function demoTokens(platform: TestPlatform) {
  return demoLogins(platform, 'motcua', 'buuchinh', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu', 'kiemsoat');
}

/** A desk (or postal) officer receives one of a demo procedure's sample applications; returns the dossier code. */
export async function receiveSample(
  platform: TestPlatform, token: string, procedure: DemoProcedure, options: { sample?: number; channel?: 'counter' | 'postal' } = {},
): Promise<string> {
  const { applicant: who, formData } = procedure.samples[options.sample ?? 0];
  const response = await platform.http.post('/api/dossiers').set(bearer(token)).send({
    procedureCode: procedure.record.code, agencyCode: procedure.agencyCode, channel: options.channel ?? 'counter', applicant: who, formData,
  });
  if (response.status !== 201) throw new Error(`reception failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.code as string;
}

/** The desk officer receives a construction permit application at the counter; returns its code. */
export function receiveAtCounter(platform: TestPlatform, deskToken: string): Promise<string> {
  return receiveSample(platform, deskToken, constructionPermit);
}

/** The caller's open task on a dossier, as the inbox lists it. */
export async function taskOf(platform: TestPlatform, token: string, dossierCode: string) {
  const inbox = await platform.http.get('/api/tasks').set(bearer(token));
  const task = (inbox.body as { id: number; dossierCode: string; taskKey: string }[]).find((t) => t.dossierCode === dossierCode);
  if (!task) throw new Error(`no task for ${dossierCode} in this inbox: ${JSON.stringify(inbox.body)}`);
  return task;
}

/** Completes the caller's task on a dossier with an action (and the form fields their step may edit); returns the response. */
export async function act(platform: TestPlatform, token: string, dossierCode: string, action: string, comment?: string, formData?: object) {
  const task = await taskOf(platform, token, dossierCode);
  return platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(token))
    .send({ action, ...(comment ? { comment } : {}), ...(formData ? { formData } : {}) });
}

/** Logs in demo officers by username; each gets a bearer token. */
export async function demoLogins<Name extends string>(platform: TestPlatform, ...names: Name[]): Promise<Record<Name, string>> {
  const entries = await Promise.all(names.map(async (name) => [name, await platform.login(name, DEMO_PASSWORD)] as const));
  return Object.fromEntries(entries) as Record<Name, string>;
}

/**
 * The platform with the demo province seeded explicitly (officers, processes, published
 * procedures), without the rest of demo mode (the local identity provider).
 */
export async function startDemoPlatform(): Promise<TestPlatform> {
  const platform = await startTestPlatform();
  await seedDemoProvince(platform.orm.em.fork());
  return platform;
}
