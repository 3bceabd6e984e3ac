import { createServer, type IncomingMessage } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFileStore, S3FileStore, StorageKeyError, StoredFileMissingError } from '.';
import { sha256Hex, signRequest } from './sigv4';

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' };
const signatureOf = (headers: Record<string, string>) => /Signature=([0-9a-f]{64})/.exec(headers.authorization)?.[1];

describe('SigV4 request signing', () => {
  it('reproduces the GET Object example of the AWS documentation', () => {
    const headers = signRequest({
      method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), headers: { Range: 'bytes=0-9' },
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    }, credentials, new Date('2013-05-24T00:00:00Z'));
    expect(headers.authorization).toContain('Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request');
    expect(headers.authorization).toContain('SignedHeaders=host;range;x-amz-content-sha256;x-amz-date');
    expect(signatureOf(headers)).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });

  it('reproduces the PUT Object example of the AWS documentation', () => {
    const body = 'Welcome to Amazon S3.';
    const headers = signRequest({
      method: 'PUT', url: new URL('https://examplebucket.s3.amazonaws.com/test$file.text'),
      headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' }, payloadHash: sha256Hex(body),
    }, credentials, new Date('2013-05-24T00:00:00Z'));
    expect(signatureOf(headers)).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });
});

describe('file stores', () => {
  it('keeps files on local disk under their key, and refuses keys that climb out', async () => {
    const store = new LocalFileStore(mkdtempSync(join(tmpdir(), 'tthc-store-')));
    await store.put('attachments/1/a.pdf', Buffer.from('%PDF-1.7'));
    expect((await store.get('attachments/1/a.pdf')).toString()).toBe('%PDF-1.7');
    await expect(store.get('attachments/1/missing.pdf')).rejects.toBeInstanceOf(StoredFileMissingError);
    for (const key of ['../etc/passwd', 'attachments/../../x', '/abs/path', 'attachments/1/a b.pdf', 'attachments']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(StorageKeyError);
    }
    await store.delete('attachments/1/a.pdf');
    await expect(store.get('attachments/1/a.pdf')).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('speaks path-style S3 with signed requests to an S3-compatible server', async () => {
    const objects = new Map<string, Buffer>();
    const seen: { method: string; url: string; auth: string; hash: string }[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        seen.push({ method: request.method!, url: request.url!, auth: String(request.headers.authorization), hash: String(request.headers['x-amz-content-sha256']) });
        if (request.method === 'PUT') objects.set(request.url!, body);
        if (request.method === 'DELETE') objects.delete(request.url!);
        const stored = objects.get(request.url!);
        if (request.method === 'GET' && !stored) response.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
        else response.writeHead(request.method === 'DELETE' ? 204 : 200).end(request.method === 'GET' ? stored : undefined);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const store = new S3FileStore({
        driver: 's3', endpoint: `http://127.0.0.1:${port}`, bucket: 'tthc-files', region: 'hn-1', accessKeyId: 'key', secretAccessKey: 'secret', forcePathStyle: true,
      });
      await store.put('results/7/x.pdf', Buffer.from('%PDF-1.7 kết quả'));
      expect((await store.get('results/7/x.pdf')).toString()).toBe('%PDF-1.7 kết quả');
      await store.delete('results/7/x.pdf');
      await expect(store.get('results/7/x.pdf')).rejects.toBeInstanceOf(StoredFileMissingError);
      expect(seen[0]).toMatchObject({ method: 'PUT', url: '/tthc-files/results/7/x.pdf', hash: sha256Hex(Buffer.from('%PDF-1.7 kết quả')) });
      expect(seen.every((r) => r.auth.startsWith('AWS4-HMAC-SHA256 Credential=key/') && r.auth.includes('/hn-1/s3/aws4_request'))).toBe(true);
    } finally {
      server.close();
    }
  });
});
