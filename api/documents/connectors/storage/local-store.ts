import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkedKey, StoredFileMissingError, type FileStore } from './file-store';

/** Files on the node's own disk under STORAGE_DIR (DATA_DIR/files by default): the single-node default. */
export class LocalFileStore implements FileStore {
  readonly driver = 'local';

  constructor(private readonly root: string) {}

  private path(key: string): string {
    return join(this.root, checkedKey(key));
  }

  /** Written beside its final place, then renamed: a reader never sees half a file. */
  async put(key: string, data: Buffer): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.part`;
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, target);
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
