import { UserRoleSchema, UserSchema } from '../identity/entities';
import { AdminLevelSchema, AgencySchema, DepartmentSchema, SectorSchema } from '../organisation/entities';

/** Every entity schema the ORM maps; each feature owns its own file of schemas. */
export const entities = [AdminLevelSchema, AgencySchema, DepartmentSchema, SectorSchema, UserSchema, UserRoleSchema];
