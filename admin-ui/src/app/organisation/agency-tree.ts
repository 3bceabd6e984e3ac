import type { AgencyNode } from './organisation-api';

/** One agency in a flat, depth-first list: what pickers and searches need. */
export interface FlatAgency {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  depth: number;
}

export function flattenAgencies(nodes: readonly AgencyNode[], depth = 0): FlatAgency[] {
  return nodes.flatMap((node) => [
    { code: node.code, name: node.name, level: node.level, parentCode: node.parentCode, depth },
    ...flattenAgencies(node.children, depth + 1),
  ]);
}

export function findAgency(nodes: readonly AgencyNode[], code: string): AgencyNode | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const found = findAgency(node.children, code);
    if (found) return found;
  }
  return undefined;
}

/** The codes of an agency and everything below it. */
export function subtreeCodes(node: AgencyNode): Set<string> {
  const codes = new Set<string>([node.code]);
  for (const child of node.children) for (const code of subtreeCodes(child)) codes.add(code);
  return codes;
}

/** The agencies an officer may pick: the whole tree, or the subtree of their own agency. */
export function agenciesInScope(tree: readonly AgencyNode[], rootCode: string | null): FlatAgency[] {
  if (!rootCode) return flattenAgencies(tree);
  const root = findAgency(tree, rootCode);
  return root ? flattenAgencies([root]) : [];
}

/** A picker label that shows the tree's shape in a native <select>. */
export function indentedName(agency: FlatAgency): string {
  return `${'\u00A0\u00A0\u00A0'.repeat(agency.depth)}${agency.depth ? '└ ' : ''}${agency.name}`;
}
