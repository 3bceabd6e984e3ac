import type { EntityManager } from '@mikro-orm/postgresql';
import { UserSchema } from '../identity/entities';
import { loadPrincipal } from '../identity/principal';
import { createAgency } from '../organisation/agency-service';
import { createOfficer } from '../organisation/user-service';
import { AgencySchema, DepartmentSchema, SectorSchema, type Department } from '../organisation/entities';
import { seedDemoCatalogue } from '../catalogue';
import { deployDemoProcesses } from './processes';
import { DEMO_PASSWORD, demoAgencies, demoDepartments, demoOfficers, demoSectors } from './province';

/**
 * Seeds the demo province through the same services the API uses, acting as the bootstrap
 * admin, so the demo data obeys every rule real data does. Runs only on a database with no agency.
 */
export async function seedDemoProvince(em: EntityManager): Promise<boolean> {
  if ((await em.count(AgencySchema, {})) > 0) return false;
  const admin = await loadPrincipal(em, { username: 'admin' });
  if (!admin) throw new Error('The demo needs the bootstrap admin account first');
  for (const agency of demoAgencies) await createAgency(em, admin, agency);
  const agencies = new Map((await em.find(AgencySchema, {})).map((a) => [a.code, a.id]));
  for (const d of demoDepartments) em.create(DepartmentSchema, { agencyId: agencies.get(d.agencyCode)!, code: d.code, name: d.name } as Department);
  for (const sector of demoSectors) em.create(SectorSchema, sector);
  await em.flush();
  for (const officer of demoOfficers) await createOfficer(em, admin, { ...officer, password: DEMO_PASSWORD });
  await em.nativeUpdate(UserSchema, {}, { mustChangePassword: false });
  await deployDemoProcesses(em, admin.id);
  await seedDemoCatalogue(em, admin);
  return true;
}
