import { fileSize } from './format';

/** What the platform accepts for a dossier component by default: PDF, JPEG and PNG, up to 20 MB. */
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Why a file will be refused, checked before it is sent (the server checks again). */
export function fileProblem(file: File): string | undefined {
  if (!TYPES.includes(file.type) && !EXTENSIONS.test(file.name)) {
    return `Tệp “${file.name}” không đúng định dạng. Vui lòng chọn tệp PDF, JPG hoặc PNG.`;
  }
  if (file.size > MAX_FILE_BYTES) return `Tệp “${file.name}” có dung lượng ${fileSize(file.size)}, lớn hơn mức cho phép 20 MB.`;
  if (file.size === 0) return `Tệp “${file.name}” không có nội dung.`;
  return undefined;
}
