import { DEMO_PASSWORD } from '../../api/demo/province';
import { seedDemoProvince } from '../../api/demo/seed';
import { bearer, startTestPlatform, type TestPlatform } from './platform';

/** The demo Department of Construction and its construction permit procedure (Cấp giấy phép xây dựng). */
export const CONSTRUCTION_AGENCY = '000.00.14.H99';
export const CONSTRUCTION_PERMIT = '1.009994';

export const applicant = { fullName: 'Nguyễn Văn An', idNumber: '079203001234', phone: '0912345678', email: 'an.nguyen@example.vn' };

const address = { province: 'Tỉnh Demo', commune: 'Xã An Phú', street: 'Số 12, đường Lê Lợi' };

/** A complete, valid construction permit application (Đơn đề nghị cấp giấy phép xây dựng). */
export const constructionPermitData = {
  applicant: { kind: 'individual', fullName: applicant.fullName, idNumber: applicant.idNumber, phone: applicant.phone, address },
  landParcels: [{ lotNumber: '112', mapSheetNumber: '21', area: 96.5 }],
  works: { name: 'Nhà ở riêng lẻ', permitKind: 'new', location: address, buildingArea: 80, totalFloorArea: 240, height: 11.5, floors: 3 },
  designer: { name: 'Công ty TNHH Thiết kế Demo' },
  expectedDurationMonths: 8,
  commitment: true,
};

/** Logs in the demo officers once per platform. */
export async function demoTokens(platform: TestPlatform) {
  const names = ['motcua', 'buuchinh', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu', 'kiemsoat'] as const;
  const entries = await Promise.all(names.map(async (name) => [name, await platform.login(name, DEMO_PASSWORD)] as const));
  return Object.fromEntries(entries) as Record<(typeof names)[number], string>;
}

/** The desk officer receives a construction permit application at the counter; returns its code. */
export async function receiveAtCounter(platform: TestPlatform, deskToken: string): Promise<string> {
  const response = await platform.http.post('/api/dossiers').set(bearer(deskToken)).send({
    procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'counter', applicant, formData: constructionPermitData,
  });
  if (response.status !== 201) throw new Error(`reception failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.code as string;
}

/** The caller's open task on a dossier, as the inbox lists it. */
export async function taskOf(platform: TestPlatform, token: string, dossierCode: string) {
  const inbox = await platform.http.get('/api/tasks').set(bearer(token));
  const task = (inbox.body as { id: number; dossierCode: string; taskKey: string }[]).find((t) => t.dossierCode === dossierCode);
  if (!task) throw new Error(`no task for ${dossierCode} in this inbox: ${JSON.stringify(inbox.body)}`);
  return task;
}

/** Completes the caller's task on a dossier with an action; returns the response. */
export async function act(platform: TestPlatform, token: string, dossierCode: string, action: string, comment?: string) {
  const task = await taskOf(platform, token, dossierCode);
  return platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(token)).send({ action, ...(comment ? { comment } : {}) });
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
