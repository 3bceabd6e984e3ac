import type { ImportBody } from './transfer-api';

/** Why a chosen file cannot be sent, in Vietnamese; the server checks each row afterwards. */
export class ImportFileError extends Error {}

/**
 * Reads the chosen file into an import body: an Excel workbook goes as it is; a `.csv` goes as
 * text; a `.json` is the export's document (`{ procedures: [...] }`) or a bare list of records.
 */
export async function importBody(file: File): Promise<ImportBody> {
  if (/\.xlsx$/i.test(file.name)) {
    if (!file.size) throw new ImportFileError('Tệp bảng tính trống.');
    return { xlsx: file };
  }
  const text = await file.text();
  if (/\.csv$/i.test(file.name)) {
    if (!text.trim()) throw new ImportFileError('Tệp CSV trống.');
    return { csv: text };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ImportFileError('Tệp không phải JSON hợp lệ. Hãy dùng tệp xuất từ hệ thống, tệp Excel (.xlsx) hoặc tệp CSV.');
  }
  if (Array.isArray(parsed)) return { procedures: parsed };
  const procedures = (parsed as { procedures?: unknown } | null)?.procedures;
  if (Array.isArray(procedures)) return { procedures };
  throw new ImportFileError('Tệp JSON phải có danh sách “procedures” (như tệp xuất) hoặc là một danh sách thủ tục.');
}
