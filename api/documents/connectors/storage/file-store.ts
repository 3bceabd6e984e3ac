/**
 * Where stored files live (F2). Keys are ours — never a name a user typed — shaped like
 * `attachments/123/5f1c….pdf`; stores refuse anything else, so no key can climb out of its root.
 */
export interface FileStore {
  /** `local` or `s3`, for logs and the readiness report. */
  readonly driver: string;
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)+$/i;

export class StorageKeyError extends Error {}

/** Every store checks keys the same way before touching anything. */
export function checkedKey(key: string): string {
  if (!KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.')) throw new StorageKeyError(`Khóa lưu trữ không hợp lệ: ${key}`);
  return key;
}

export class StoredFileMissingError extends Error {}
