import type { FormDefinition, SchemaNode } from '@forms';

/** One row of the view editor: a field as views name it (`applicant.phone`, `landParcels.area`). */
export interface FieldRow {
  path: string;
  label: string;
  depth: number;
}

const MAX_DEPTH = 3;

function resolve(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  if (!ref?.startsWith('#/')) return node;
  let target: unknown = root;
  for (const key of ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[key];
  return target as SchemaNode | undefined;
}

/**
 * The fields of a schema in order, objects opened down to three levels; a list's item fields are
 * named without the list level, as views name them (forms/views.ts).
 */
export function fieldRows(definition: FormDefinition): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (node: SchemaNode | undefined, prefix: string, depth: number) => {
    let current = resolve(definition.schema, node);
    if (current?.type === 'array') current = resolve(definition.schema, current.items);
    for (const [key, child] of Object.entries(current?.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const schema = resolve(definition.schema, child);
      rows.push({ path, label: schema?.title ?? key, depth });
      if (depth + 1 < MAX_DEPTH) walk(child, path, depth + 1);
    }
  };
  walk(definition.schema, '', 0);
  return rows;
}

/** A view path in the dotted form, without list levels: `/landParcels/0/area` → `landParcels.area`. */
export function dotted(path: string): string {
  const parts = path.startsWith('/') ? path.slice(1).split('/') : path.split('.');
  return parts.filter((part) => part !== '' && !/^\d+$/.test(part) && part !== '*').join('.') || (path.trim() === '*' ? '*' : '');
}

/** The listed path that covers a field: the field itself, a field above it, or `*`. */
export function coveringPath(listed: readonly string[], field: string): string | undefined {
  return listed.find((entry) => {
    const pattern = dotted(entry);
    return pattern === '*' || pattern === field || field.startsWith(`${pattern}.`);
  });
}
