/**
 * Reading a form schema the way a person reads the form: which properties an object holds, which
 * are required, what an array's items look like. Conditional parts (allOf, if/then/else, oneOf,
 * anyOf) contribute their properties too, because a field declared only under `then` is still a
 * field of the form. Only local `$ref`s are followed: definitions never fetch remote schemas.
 */
import type { SchemaNode, SchemaType } from './definition';
import { getAt, isIndexSegment, parsePointer } from './field-path';
import { isPlainObject } from './json';

/** A chain of `$ref`s longer than this is a loop or an abuse; stop following it. */
const MAX_REF_HOPS = 32;

const COMBINATORS = ['allOf', 'oneOf', 'anyOf'] as const;
const BRANCHES = ['then', 'else'] as const;

/** Resolves a local reference such as `#/$defs/address` against the root schema. */
export function resolveLocalRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  const target = getAt(root, parsePointer(decodeURIComponent(ref.slice(1))));
  return isPlainObject(target) ? (target as SchemaNode) : undefined;
}

/**
 * Follows `$ref` to the node it names. Keywords written beside `$ref` (2020-12 allows it) win
 * over the target's, so `{ $ref: '#/$defs/address', title: 'Nơi cư trú' }` keeps its own title.
 */
export function deref(root: SchemaNode, node: unknown): SchemaNode | undefined {
  if (!isPlainObject(node)) return undefined;
  let current = node as SchemaNode;
  for (let hops = 0; typeof current.$ref === 'string' && hops < MAX_REF_HOPS; hops++) {
    const target = resolveLocalRef(root, current.$ref);
    if (!target) return current;
    const { $ref: _ref, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

/** The sub-schemas that can add properties to a node, resolved. */
function contributors(root: SchemaNode, node: SchemaNode): SchemaNode[] {
  const found: SchemaNode[] = [];
  for (const keyword of COMBINATORS) {
    const list = node[keyword];
    if (Array.isArray(list)) for (const item of list) pushResolved(root, found, item);
  }
  for (const keyword of BRANCHES) pushResolved(root, found, node[keyword]);
  return found;
}

function pushResolved(root: SchemaNode, into: SchemaNode[], candidate: unknown): void {
  const resolved = deref(root, candidate);
  if (resolved) into.push(resolved);
}

/**
 * Every property an object node can hold, in declaration order: its own first, then those from
 * its combinators. A property declared twice keeps its first declaration.
 */
export function propertiesOf(root: SchemaNode, node: SchemaNode | undefined, depth = 0): Map<string, SchemaNode> {
  const result = new Map<string, SchemaNode>();
  if (!node || depth > MAX_REF_HOPS) return result;
  if (isPlainObject(node.properties)) {
    for (const [key, child] of Object.entries(node.properties)) {
      const resolved = deref(root, child);
      if (resolved) result.set(key, resolved);
    }
  }
  for (const part of contributors(root, node)) {
    for (const [key, child] of propertiesOf(root, part, depth + 1)) if (!result.has(key)) result.set(key, child);
  }
  return result;
}

/** Properties required whatever the data: `required` of the node and of its `allOf` parts. */
export function requiredOf(root: SchemaNode, node: SchemaNode | undefined, depth = 0): Set<string> {
  const result = new Set<string>();
  if (!node || depth > MAX_REF_HOPS) return result;
  if (Array.isArray(node.required)) for (const key of node.required) result.add(key);
  if (Array.isArray(node.allOf)) {
    for (const part of node.allOf) for (const key of requiredOf(root, deref(root, part), depth + 1)) result.add(key);
  }
  return result;
}

/** The schema of an array's items, resolved. */
export function itemsOf(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  return node ? deref(root, node.items) : undefined;
}

/** The JSON type a node describes, ignoring `null` in a union and inferring it when `type` is absent. */
export function typeOf(node: SchemaNode | undefined): SchemaType | undefined {
  if (!node) return undefined;
  if (typeof node.type === 'string') return node.type;
  if (Array.isArray(node.type)) return node.type.find((type) => type !== 'null') ?? node.type[0];
  if (node.properties) return 'object';
  if (node.items) return 'array';
  const sample = node.const !== undefined ? node.const : Array.isArray(node.enum) ? node.enum[0] : undefined;
  if (sample !== undefined) return jsonTypeOf(sample);
  if (typeof node.format === 'string' || node.pattern !== undefined) return 'string';
  const first = [...(node.oneOf ?? []), ...(node.anyOf ?? [])].find((branch) => isPlainObject(branch));
  return first ? typeOf(first) : undefined;
}

function jsonTypeOf(value: unknown): SchemaType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as SchemaType;
}

/** The node for one step down: an array item for an index, a property otherwise. */
export function childSchema(root: SchemaNode, node: SchemaNode | undefined, segment: string): SchemaNode | undefined {
  if (!node) return undefined;
  if (typeOf(node) === 'array') return isIndexSegment(segment) || segment === '*' ? itemsOf(root, node) : undefined;
  const declared = propertiesOf(root, node).get(segment);
  if (declared) return declared;
  return isPlainObject(node.additionalProperties) ? deref(root, node.additionalProperties) : undefined;
}

/** The node describing the value at a data path (indices included), if the schema declares it. */
export function schemaAtDataPath(root: SchemaNode, segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(root, root);
  for (const segment of segments) node = childSchema(root, node, segment);
  return node;
}

/**
 * The node a field path names. Field paths skip array levels ("children.fullName" is the full name
 * of every child), but an explicit `*` or index for the item is accepted too.
 */
export function schemaAtFieldPath(root: SchemaNode, segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(root, root);
  for (const segment of segments) {
    if (!node) return undefined;
    if (typeOf(node) === 'array') {
      node = itemsOf(root, node);
      if (segment === '*' || isIndexSegment(segment)) continue;
    }
    node = childSchema(root, node, segment);
  }
  return node;
}

/** The field path of a data path: the same segments without array indices. */
export function fieldPathOf(dataSegments: readonly string[]): string[] {
  return dataSegments.filter((segment) => !isIndexSegment(segment));
}
