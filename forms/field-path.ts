/**
 * Field paths. Definitions may name a field as a JSON pointer (`/applicant/idNumber`) or as a
 * dotted path (`applicant.idNumber`); both parse to the same list of segments. Numeric segments
 * are array indices, and `*` matches any property or any array item.
 */

/** Parses a JSON pointer or a dotted path into segments. `''`, `'/'` and `'*'` mean the root. */
export function parseFieldPath(path: string): string[] {
  const trimmed = path.trim();
  if (trimmed === '' || trimmed === '/' || trimmed === '*') return trimmed === '*' ? ['*'] : [];
  if (trimmed.startsWith('/')) return parsePointer(trimmed);
  return trimmed.split('.').filter((segment) => segment !== '');
}

/** Parses a JSON pointer (RFC 6901) into unescaped segments. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from segments, escaping `~` and `/` as RFC 6901 requires. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Dotted form of a path, as shown to process designers in findings. */
export function toDotted(segments: readonly (string | number)[]): string {
  return segments.join('.');
}

/** True for a segment that addresses an array item. */
export function isIndexSegment(segment: string): boolean {
  return /^(0|[1-9]\d*)$/.test(segment);
}

/** Reads the value at a data path, or undefined when any step is missing. */
export function getAt(data: unknown, segments: readonly string[]): unknown {
  let current: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(current) && isIndexSegment(segment)) current = current[Number(segment)];
    else if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
      current = Object.prototype.hasOwnProperty.call(current, segment)
        ? (current as Record<string, unknown>)[segment]
        : undefined;
    } else return undefined;
  }
  return current;
}
