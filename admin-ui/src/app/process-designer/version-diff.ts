/**
 * So sánh hai phiên bản quy trình: the elements added, removed and changed between two BPMN
 * definitions, read by the modeler's own moddle (bpmn-moddle with the Camunda and tthc
 * extensions). Only the process is compared, not the drawing: moving a shape is not a change.
 */

/** The part of a moddle element the comparison reads. */
interface ModdleElement {
  $type: string;
  id?: string;
  name?: string;
  $attrs?: Record<string, unknown>;
  $descriptor: { properties: { name: string; ns: { name: string; localName: string }; isMany?: boolean; isReference?: boolean }[] };
  get(name: string): unknown;
}

export interface DiffElement {
  id: string;
  type: string;
  name: string;
}

export interface AttributeChange {
  attribute: string;
  before: string;
  after: string;
}

export interface VersionDiff {
  added: DiffElement[];
  removed: DiffElement[];
  changed: (DiffElement & { changes: AttributeChange[] })[];
}

/** Properties that repeat what other elements say (a flow's ends) or belong to the drawing. */
const SKIPPED = new Set(['diagrams', 'incoming', 'outgoing', 'flowElements', 'rootElements', 'laneSets', 'artifacts', 'lanes', 'flowNodeRef']);

const isElement = (value: unknown): value is ModdleElement =>
  typeof value === 'object' && value !== null && typeof (value as ModdleElement).$type === 'string';

/** Every element with an id, beneath and including `root`. */
function collect(root: ModdleElement, into = new Map<string, ModdleElement>()): Map<string, ModdleElement> {
  if (root.id && !root.$type.startsWith('bpmndi:')) into.set(root.id, root);
  for (const property of root.$descriptor.properties) {
    if (property.isReference || property.ns.name === 'bpmn:diagrams') continue;
    const value = root.get(property.ns.name);
    for (const child of Array.isArray(value) ? value : [value]) if (isElement(child)) collect(child, into);
  }
  return into;
}

/**
 * The attributes of one element as flat text: its own values, references by id, and nested
 * elements without an id (a condition, a timer, documentation) under a dotted name.
 */
function attributes(element: ModdleElement, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const property of element.$descriptor.properties) {
    const local = property.ns.name.startsWith('bpmn:') ? property.ns.localName : property.ns.name;
    if (SKIPPED.has(property.ns.localName) || property.ns.localName === 'id') continue;
    const value = element.get(property.ns.name);
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const key = prefix + local;
    const values = Array.isArray(value) ? value : [value];
    if (property.isReference) {
      into.set(key, values.map((v) => (isElement(v) ? v.id ?? v.$type : String(v))).join(', '));
    } else if (values.every((v) => !isElement(v))) {
      into.set(key, values.map(String).join(', '));
    } else {
      values.forEach((child, index) => {
        // Children with an id are elements of their own, compared on their own.
        if (isElement(child) && !child.id) attributes(child, `${key}${values.length > 1 ? `[${index}]` : ''}.`, into);
      });
    }
  }
  for (const [name, value] of Object.entries(element.$attrs ?? {})) {
    if (!name.startsWith('xmlns')) into.set(prefix + name, String(value));
  }
  return into;
}

const describe = (element: ModdleElement): DiffElement => ({ id: element.id ?? '', type: element.$type, name: element.name ?? '' });

/** What changed from `before` to `after`, in document order of `after` (then of `before` for removals). */
export function diffDefinitions(before: ModdleElement, after: ModdleElement): VersionDiff {
  const old = collect(before);
  const current = collect(after);
  const diff: VersionDiff = { added: [], removed: [], changed: [] };
  for (const [id, element] of current) {
    const previous = old.get(id);
    if (!previous) {
      diff.added.push(describe(element));
      continue;
    }
    const a = attributes(previous);
    const b = attributes(element);
    const names = [...new Set([...a.keys(), ...b.keys()])];
    const changes = names
      .filter((name) => a.get(name) !== b.get(name))
      .map((name) => ({ attribute: name, before: a.get(name) ?? '', after: b.get(name) ?? '' }));
    if (previous.$type !== element.$type) changes.unshift({ attribute: 'type', before: previous.$type, after: element.$type });
    if (changes.length) diff.changed.push({ ...describe(element), changes });
  }
  for (const [id, element] of old) if (!current.has(id)) diff.removed.push(describe(element));
  return diff;
}

export type { ModdleElement };
