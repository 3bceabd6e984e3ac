import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors/catalogue';
import { coversAgencyPath, type Principal } from '../identity/principal';
import { AdminLevelSchema, AgencySchema, type Agency } from './entities';

export interface AgencyInput {
  code: string;
  name: string;
  level: string;
  parentCode?: string;
}

export interface AgencyNode {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  children: AgencyNode[];
}

/** Finds an agency the caller may act on; one outside their subtree is reported as out of scope. */
export async function agencyInScope(em: EntityManager, principal: Principal, code: string): Promise<Agency> {
  const agency = await em.findOne(AgencySchema, { code });
  if (!agency) throw new AppError('AGENCY_NOT_FOUND');
  if (!coversAgencyPath(principal, agency.path)) throw new AppError('OUT_OF_SCOPE');
  return agency;
}

async function requireLevel(em: EntityManager, level: string): Promise<void> {
  if (!(await em.findOne(AdminLevelSchema, { code: level }))) {
    throw new AppError('UNKNOWN_LEVEL', [{ path: '/level', message: `Cấp hành chính "${level}" chưa được cấu hình.` }]);
  }
}

async function requireParent(em: EntityManager, principal: Principal, parentCode: string): Promise<Agency> {
  const parent = await em.findOne(AgencySchema, { code: parentCode });
  if (!parent) throw new AppError('UNKNOWN_AGENCY', [{ path: '/parentCode', message: `Không có cơ quan mã "${parentCode}".` }]);
  if (!coversAgencyPath(principal, parent.path)) throw new AppError('OUT_OF_SCOPE');
  return parent;
}

export async function createAgency(em: EntityManager, principal: Principal, input: AgencyInput): Promise<Agency> {
  await requireLevel(em, input.level);
  const parent = input.parentCode ? await requireParent(em, principal, input.parentCode) : null;
  if (!parent && !coversAgencyPath(principal, '/')) throw new AppError('OUT_OF_SCOPE');
  if (await em.findOne(AgencySchema, { code: input.code })) throw new AppError('AGENCY_CODE_TAKEN');
  return em.transactional(async (tx) => {
    const agency = tx.create(AgencySchema, {
      code: input.code, name: input.name, levelCode: input.level, parentId: parent?.id ?? null, path: 'pending',
    } as Agency);
    await tx.flush();
    agency.path = `${parent?.path ?? '/'}${agency.id}/`;
    await tx.flush();
    return agency;
  });
}

/** Moving an agency rewrites its subtree's paths in one statement; a move under itself is a cycle. */
export async function updateAgency(
  em: EntityManager, principal: Principal, code: string, patch: { name?: string; level?: string; parentCode?: string | null },
): Promise<Agency> {
  const agency = await agencyInScope(em, principal, code);
  if (patch.level) await requireLevel(em, patch.level);
  return em.transactional(async (tx) => {
    if (patch.name) agency.name = patch.name;
    if (patch.level) agency.levelCode = patch.level;
    if (patch.parentCode !== undefined) {
      const parent = patch.parentCode ? await requireParent(tx, principal, patch.parentCode) : null;
      if (parent && parent.path.startsWith(agency.path)) throw new AppError('AGENCY_CYCLE', [{ path: '/parentCode', message: 'Cơ quan cấp trên không được là chính nó hoặc cơ quan cấp dưới của nó.' }]);
      const oldPath = agency.path;
      const newPath = `${parent?.path ?? '/'}${agency.id}/`;
      agency.parentId = parent?.id ?? null;
      await tx.flush();
      await tx.getConnection().execute(
        `update agency set path = ? || substr(path, ?) where path like ? || '%'`,
        [newPath, oldPath.length + 1, oldPath],
        'run',
        tx.getTransactionContext(),
      );
      agency.path = newPath;
    }
    await tx.flush();
    return agency;
  });
}

/** Danh mục cơ quan: the whole tree, for the public and for every screen that picks an agency. */
export async function agencyTree(em: EntityManager): Promise<AgencyNode[]> {
  const agencies = await em.find(AgencySchema, {}, { orderBy: { path: 'asc' } });
  const byId = new Map<number, AgencyNode>();
  const roots: AgencyNode[] = [];
  for (const agency of agencies) {
    const parent = agency.parentId ? byId.get(agency.parentId) : undefined;
    const node: AgencyNode = { code: agency.code, name: agency.name, level: agency.levelCode, parentCode: null, children: [] };
    byId.set(agency.id, node);
    if (parent) {
      node.parentCode = parent.code;
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}
