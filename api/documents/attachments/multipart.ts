import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/catalogue';

export interface IncomingFile {
  /** The name the sender gave, untrusted. */
  name: string;
  content: Buffer;
}

const MEGABYTE = 1024 * 1024;

/**
 * Reads a multipart upload of one file and a few short fields, in any order. Over the size
 * limit is 413 with the limit in the message; anything not multipart is 415.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ fields: Record<string, string>; file: IncomingFile }> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', [], 'Tệp phải được gửi dạng multipart/form-data (trường "file").');
  }
  const fields: Record<string, string> = {};
  let file: IncomingFile | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 2000, parts: 12 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', [{ path: `/${part.fieldname}`, message: 'Tệp phải gửi trong trường "file".' }]);
        file = { name: part.filename ?? '', content: await part.toBuffer() };
      } else {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('ATTACHMENT_TOO_LARGE', [], `Tệp đính kèm vượt quá dung lượng cho phép (tối đa ${Math.round(maxBytes / MEGABYTE)} MB).`);
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw new AppError('VALIDATION_FAILED', [{ path: '/file', message: 'Mỗi lần gửi một tệp, kèm các trường mô tả.' }]);
    }
    throw error;
  }
  if (!file || file.content.length === 0) throw new AppError('VALIDATION_FAILED', [{ path: '/file', message: 'Chưa có tệp đính kèm, hoặc tệp rỗng.' }]);
  return { fields, file };
}
