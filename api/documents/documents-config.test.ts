import { ConfigError, loadConfig } from '../config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', BOOTSTRAP_ADMIN_PASSWORD: 'x', DATA_DIR: '/srv/tthc' };

describe('documents configuration', () => {
  it('defaults to local files under DATA_DIR, a pool of two pages, 20 MB and no office formats', () => {
    expect(loadConfig(base).documents).toEqual({
      storage: { driver: 'local', dir: '/srv/tthc/files' }, chromiumPath: undefined, pdfPoolSize: 2, pdfMemoryLimitMb: undefined,
      attachmentMaxBytes: 20 * 1024 * 1024, officeTypes: [],
    });
  });

  it('reads an S3-compatible store and the office formats a province enables', () => {
    const config = loadConfig({
      ...base, STORAGE_DRIVER: 's3', S3_ENDPOINT: 'https://s3.hn.example.vn/', S3_BUCKET: 'tthc', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's',
      ATTACHMENT_OFFICE_TYPES: 'DOCX, xlsx', ATTACHMENT_MAX_MB: '50', PDF_POOL_SIZE: '4', PDF_MEMORY_LIMIT_MB: '900',
    }).documents;
    expect(config.storage).toEqual({ driver: 's3', endpoint: 'https://s3.hn.example.vn', bucket: 'tthc', region: 'us-east-1', accessKeyId: 'k', secretAccessKey: 's', forcePathStyle: true });
    expect(config).toMatchObject({ officeTypes: ['docx', 'xlsx'], attachmentMaxBytes: 50 * 1024 * 1024, pdfPoolSize: 4, pdfMemoryLimitMb: 900 });
  });

  it.each([
    [{ STORAGE_DRIVER: 'ftp' }, 'STORAGE_DRIVER'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'b' }, 'S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY'],
    [{ ATTACHMENT_OFFICE_TYPES: 'docx,exe' }, 'exe'],
    [{ ATTACHMENT_MAX_MB: '0' }, 'ATTACHMENT_MAX_MB'],
    [{ PDF_POOL_SIZE: 'many' }, 'PDF_POOL_SIZE'],
    // Below what one page needs, the browser would be replaced after every render.
    [{ PDF_MEMORY_LIMIT_MB: '100' }, 'PDF_MEMORY_LIMIT_MB phải là số nguyên từ 150'],
  ])('names the bad setting %o', (env, named) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(named);
  });
});
