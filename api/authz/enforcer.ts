import { newEnforcer, newModelFromString, type Enforcer } from 'casbin';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The fast layout from DESIGN.md decision 7: policies are `p = role, resource, action`, with no
 * per-agency copies. Which roles a user holds in which agency (`g = user, role, agency`) is read
 * from `user_role` with the user on each request, so every node sees a revocation at once;
 * which rows they see is decided by SQL scoping, not here.
 */
const MODEL = `
[request_definition]
r = sub, obj, act

[policy_definition]
p = sub, obj, act

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = r.sub == p.sub && r.obj == p.obj && r.act == p.act
`;

export interface Permission {
  resource: string;
  action: string;
}

export class PermissionChecker {
  private constructor(private readonly enforcer: Enforcer) {}

  static async load(em: EntityManager): Promise<PermissionChecker> {
    const enforcer = await newEnforcer(newModelFromString(MODEL));
    const rows = await em.getConnection().execute<{ role: string; resource: string; action: string }[]>(
      'select role, resource, action from role_permission',
    );
    if (rows.length) await enforcer.addPolicies(rows.map((r) => [r.role, r.resource, r.action]));
    return new PermissionChecker(enforcer);
  }

  /** True when any of the roles grants the permission. */
  allows(roles: readonly string[], { resource, action }: Permission): boolean {
    return roles.some((role) => this.enforcer.enforceSync(role, resource, action));
  }

  /** The roles that hold a permission, for documentation and the UI. */
  async rolesWith({ resource, action }: Permission): Promise<string[]> {
    const rules = await this.enforcer.getFilteredPolicy(1, resource, action);
    return rules.map((rule) => rule[0]);
  }
}
