import type { StorageConfig } from '../../../config';
import type { FileStore } from './file-store';
import { LocalFileStore } from './local-store';
import { S3FileStore } from './s3-store';

export { checkedKey, StorageKeyError, StoredFileMissingError, type FileStore } from './file-store';
export { LocalFileStore } from './local-store';
export { S3FileStore } from './s3-store';

/** The store the configuration names: local disk by default, an S3-compatible store when configured. */
export function createFileStore(config: StorageConfig): FileStore {
  return config.driver === 's3' ? new S3FileStore(config) : new LocalFileStore(config.dir);
}
