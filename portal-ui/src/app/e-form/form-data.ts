/**
 * Reading and writing the form data by JSON pointer (`/landParcels/0/area`), as the render model
 * names every field. Writes copy the path they change, so signals see a new object.
 */

type Json = Record<string, unknown> | unknown[];

export function segments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAt(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const key of segments(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A copy of `data` with `value` at `pointer`; an empty value removes the key. */
export function setAt(data: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> {
  const keys = segments(pointer);
  const write = (node: unknown, index: number): unknown => {
    const key = keys[index];
    const container: Json = Array.isArray(node) ? [...node] : node && typeof node === 'object' ? { ...(node as Record<string, unknown>) } : /^\d+$/.test(key) ? [] : {};
    const target = container as Record<string, unknown>;
    if (index === keys.length - 1) {
      if (isEmpty(value) && !Array.isArray(container)) delete target[key];
      else target[key] = value;
    } else {
      target[key] = write(target[key], index + 1);
    }
    return container;
  };
  return write(data, 0) as Record<string, unknown>;
}

/** A copy of `data` without the item at `index` of the list at `pointer`. */
export function removeItem(data: Record<string, unknown>, pointer: string, index: number): Record<string, unknown> {
  const list = getAt(data, pointer);
  return setAt(data, pointer, Array.isArray(list) ? list.filter((_, i) => i !== index) : []);
}

/** A copy of `data` with one more (empty) item at the end of the list at `pointer`. */
export function addItem(data: Record<string, unknown>, pointer: string, blank: unknown): Record<string, unknown> {
  const list = getAt(data, pointer);
  return setAt(data, pointer, [...(Array.isArray(list) ? list : []), blank]);
}

/** The id an input gets for a pointer, so error links and labels can reach it. */
export function fieldId(pointer: string): string {
  return `f${pointer.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
