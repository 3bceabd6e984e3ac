import type { ImportBody } from './transfer-api';

/** Why a chosen file cannot be sent, in Vietnamese; the server checks each row afterwards. */
export class ImportFileError extends Error {}

/**
 * Reads the chosen file into an import body: a `.csv` goes as text; a `.json` is the export's
 * document (`{ procedures: [...] }`) or a bare list of procedure records.
 */
export function importBody(name: string, text: string): ImportBody {
  if (/\.csv$/i.test(name)) {
    if (!text.trim()) throw new ImportFileError('Tệp CSV trống.');
    return { csv: text };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ImportFileError('Tệp không phải JSON hợp lệ. Hãy dùng tệp xuất từ hệ thống hoặc tệp CSV.');
  }
  if (Array.isArray(parsed)) return { procedures: parsed };
  const procedures = (parsed as { procedures?: unknown } | null)?.procedures;
  if (Array.isArray(procedures)) return { procedures };
  throw new ImportFileError('Tệp JSON phải có danh sách “procedures” (như tệp xuất) hoặc là một danh sách thủ tục.');
}
