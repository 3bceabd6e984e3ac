import type { FindingList } from '../validation/findings';

/** Largest BPMN document accepted, in bytes of UTF-8 (2 MB). Larger ones get BPMN_TOO_LARGE (413). */
export const BPMN_MAX_BYTES = 2 * 1024 * 1024;

/*
 * A DOCTYPE is where entity declarations live, and entity expansion is how "billion laughs" XML
 * bombs work. BPMN never needs one, so the declaration is refused by a plain text scan, before any
 * parser sees the document. The scan is linear in the input and the input is size-capped first.
 */
const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

/**
 * Checks the raw text before parsing: type, size and forbidden declarations. Returns false when the
 * document must not be parsed at all.
 */
export function guardXml(xml: unknown, findings: FindingList, maxBytes = BPMN_MAX_BYTES): xml is string {
  if (typeof xml !== 'string' || xml.trim() === '') {
    findings.add('BPMN_MALFORMED', 'Tệp BPMN trống hoặc không phải văn bản XML.');
    return false;
  }
  // Each UTF-16 unit is at most 3 bytes of UTF-8: skip the exact count for obviously small input.
  if (xml.length * 3 > maxBytes && Buffer.byteLength(xml, 'utf8') > maxBytes) {
    findings.add('BPMN_TOO_LARGE', `Tệp BPMN vượt quá dung lượng cho phép (${Math.floor(maxBytes / 1024)} KB).`);
    return false;
  }
  const declaration = DECLARATION.exec(xml);
  if (declaration) {
    findings.add(
      'BPMN_DOCTYPE_FORBIDDEN',
      `Tệp BPMN không được chứa khai báo <!${declaration[1].toUpperCase()}> (nguy cơ tấn công mở rộng thực thể XML).`,
    );
    return false;
  }
  return true;
}
