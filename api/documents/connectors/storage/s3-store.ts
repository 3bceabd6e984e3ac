import type { StorageConfig } from '../../../config';
import { checkedKey, StoredFileMissingError, type FileStore } from './file-store';
import { sha256Hex, signRequest } from './sigv4';

type S3Config = Extract<StorageConfig, { driver: 's3' }>;

/**
 * An S3-compatible object store, spoken to with plain HTTPS and SigV4 (no SDK): several API nodes
 * share files through it (DESIGN.md decision 9). Path-style addressing by default, which MinIO
 * and most on-premise stores expect.
 */
export class S3FileStore implements FileStore {
  readonly driver = 's3';

  constructor(private readonly config: S3Config, private readonly now: () => Date = () => new Date()) {}

  private url(key: string): URL {
    const base = new URL(this.config.endpoint);
    const path = checkedKey(key).split('/').map(encodeURIComponent).join('/');
    if (this.config.forcePathStyle) return new URL(`${base.origin}/${encodeURIComponent(this.config.bucket)}/${path}`);
    return new URL(`${base.protocol}//${this.config.bucket}.${base.host}/${path}`);
  }

  private async send(method: string, key: string, body?: Buffer): Promise<Response> {
    const url = this.url(key);
    const headers = signRequest(
      { method, url, headers: body ? { 'content-type': 'application/octet-stream', 'content-length': String(body.length) } : {}, payloadHash: sha256Hex(body ?? '') },
      { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey, region: this.config.region },
      this.now(),
    );
    delete headers.host;
    return fetch(url, { method, headers, body: body ? new Uint8Array(body) : undefined });
  }

  private static async failure(response: Response, what: string): Promise<Error> {
    const text = await response.text().catch(() => '');
    return new Error(`Kho S3 từ chối ${what}: HTTP ${response.status} ${text.slice(0, 300)}`);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const response = await this.send('PUT', key, data);
    if (!response.ok) throw await S3FileStore.failure(response, `ghi ${key}`);
    await response.arrayBuffer();
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.send('GET', key);
    if (response.status === 404) throw new StoredFileMissingError(key);
    if (!response.ok) throw await S3FileStore.failure(response, `đọc ${key}`);
    return Buffer.from(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.send('DELETE', key);
    if (!response.ok && response.status !== 404) throw await S3FileStore.failure(response, `xóa ${key}`);
    await response.arrayBuffer();
  }
}
