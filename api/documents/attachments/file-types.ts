import FileType from 'file-type';

/** A file type recognised from the content (F2), never from the name. */
export interface DetectedType {
  extension: string;
  mediaType: string;
}

/** Always accepted: scans and electronic documents. */
const BASE: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' };

/** What file-type answers for the office formats a province may enable (OFFICE_TYPES in config). */
const OFFICE: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** Formats whose content is a zip archive, which is inspected before it is accepted. */
export const ZIP_BASED = new Set(['docx', 'xlsx', 'pptx', 'odt', 'ods']);

export type Sniffed = { accepted: true; type: DetectedType } | { accepted: false; found: string | null };

/**
 * Recognises the content and says whether it is accepted: PDF, JPEG and PNG always, the office
 * formats the province enabled. Old binary Office files (.doc, .xls) share one container format;
 * the name tells them apart only once the content has proved to be that container.
 */
export async function sniff(content: Buffer, declaredName: string, officeTypes: readonly string[]): Promise<Sniffed> {
  const found = await FileType.fromBuffer(content);
  if (!found) return { accepted: false, found: null };
  if (BASE[found.ext]) return { accepted: true, type: { extension: found.ext, mediaType: BASE[found.ext] } };
  if (OFFICE[found.ext] && officeTypes.includes(found.ext)) return { accepted: true, type: { extension: found.ext, mediaType: OFFICE[found.ext] } };
  if (found.ext === 'cfb') {
    const named = /\.(doc|xls)$/i.exec(declaredName)?.[1]?.toLowerCase();
    if (named && officeTypes.includes(named)) {
      return { accepted: true, type: { extension: named, mediaType: named === 'doc' ? 'application/msword' : 'application/vnd.ms-excel' } };
    }
  }
  return { accepted: false, found: found.ext };
}

/** The formats accepted under a configuration, for messages. */
export function acceptedFormats(officeTypes: readonly string[]): string[] {
  return ['pdf', 'jpg', 'png', ...officeTypes];
}
