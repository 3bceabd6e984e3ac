/**
 * Checks on content that a type alone does not catch: archives that would expand beyond reason
 * (a zip bomb dressed as a .docx) and images whose pixel count would exhaust memory when a paper
 * copy decodes them. Both read headers only; nothing is decompressed.
 */
export const ZIP_LIMITS = { maxEntries: 5000, maxExpandedBytes: 250 * 1024 * 1024, maxRatio: 100 };
export const IMAGE_MAX_PIXELS = 80_000_000;

/** A problem in Vietnamese, or null when the archive looks sane. */
export function zipProblem(content: Buffer): string | null {
  const searchFrom = Math.max(0, content.length - 65_557);
  let eocd = -1;
  for (let i = content.length - 22; i >= searchFrom; i -= 1) {
    if (content.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'Tệp nén bị hỏng: không tìm thấy danh mục tệp.';
  const entries = content.readUInt16LE(eocd + 10);
  const directoryOffset = content.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return 'Tệp nén dạng ZIP64 không được chấp nhận.';
  if (entries > ZIP_LIMITS.maxEntries) return `Tệp nén có quá nhiều thành phần (${entries}).`;
  let offset = directoryOffset;
  let compressed = 0;
  let expanded = 0;
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== 0x02014b50) return 'Tệp nén bị hỏng: danh mục tệp không đọc được.';
    const packed = content.readUInt32LE(offset + 20);
    const size = content.readUInt32LE(offset + 24);
    if (packed === 0xffffffff || size === 0xffffffff) return 'Tệp nén dạng ZIP64 không được chấp nhận.';
    compressed += packed;
    expanded += size;
    offset += 46 + content.readUInt16LE(offset + 28) + content.readUInt16LE(offset + 30) + content.readUInt16LE(offset + 32);
  }
  if (expanded > ZIP_LIMITS.maxExpandedBytes) return 'Tệp nén khi giải nén vượt quá dung lượng cho phép (nghi ngờ "bom nén").';
  if (expanded > 1024 * 1024 && expanded > compressed * ZIP_LIMITS.maxRatio) return 'Tỷ lệ nén bất thường (nghi ngờ "bom nén").';
  return null;
}

/** Width × height of a PNG or JPEG, read from its header; null when the header is not found. */
export function imageSize(content: Buffer, extension: string): { width: number; height: number } | null {
  if (extension === 'png' && content.length >= 24) return { width: content.readUInt32BE(16), height: content.readUInt32BE(20) };
  if (extension !== 'jpg') return null;
  let offset = 2;
  while (offset + 9 < content.length) {
    if (content[offset] !== 0xff) return null;
    const marker = content[offset + 1];
    const length = content.readUInt16BE(offset + 2);
    // Start-of-frame markers carry the dimensions; C4, C8 and CC are other segments.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: content.readUInt16BE(offset + 5), width: content.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

export function imageProblem(content: Buffer, extension: string): string | null {
  const size = imageSize(content, extension);
  if (!size) return null;
  if (size.width === 0 || size.height === 0) return 'Ảnh không có kích thước hợp lệ.';
  if (size.width * size.height > IMAGE_MAX_PIXELS) return `Ảnh quá lớn (${size.width}×${size.height} điểm ảnh).`;
  return null;
}
