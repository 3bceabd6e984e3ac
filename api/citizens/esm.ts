import type { createRequire as CreateRequire } from 'node:module';

/**
 * oidc-provider and openid-client ship as ES modules only, which Node 20.19 and later load with
 * require(). Jest runs this file in a realm of its own whose `require`, `node:module` and
 * `process.getBuiltinModule` all go through Jest's registry, which cannot. `Buffer` is Node's own
 * in every realm, so the Function constructor reached through it evaluates in Node's realm and
 * finds the real loader there: one path under tsx, a compiled build and Jest.
 */
const NodeFunction = Buffer.constructor as FunctionConstructor;
const nodeProcess = new NodeFunction('return process')() as NodeJS.Process;
const { createRequire } = nodeProcess.getBuiltinModule('node:module') as { createRequire: typeof CreateRequire };
const nodeRequire = createRequire(__filename);

export function loadEsModule<T>(specifier: string): T {
  return nodeRequire(specifier) as T;
}

const nodeObject = new NodeFunction('return {}') as () => Record<string, unknown>;
const nodeArray = new NodeFunction('return []') as () => unknown[];

/**
 * A deep copy of plain data made of the loader's realm's objects and arrays. oidc-provider tells
 * a plain object by `constructor === Object`, which an object from Jest's realm fails; outside
 * Jest this is an ordinary copy. Functions and class instances are kept as they are.
 */
export function inModuleRealm<T>(value: T): T {
  if (Array.isArray(value)) {
    const copy = nodeArray();
    for (const item of value) copy.push(inModuleRealm(item));
    return copy as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy = nodeObject();
    for (const [key, item] of Object.entries(value)) copy[key] = inModuleRealm(item);
    return copy as T;
  }
  return value;
}
