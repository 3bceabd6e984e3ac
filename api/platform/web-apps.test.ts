import { startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const built = existsSync(join(__dirname, '..', '..', 'portal-ui', 'dist', 'portal-ui', 'browser', 'index.html'));
if (!built) console.warn('portal-ui is not built (npm run build): the web app serving checks are skipped.');

(built ? describe : describe.skip)('the built web apps served by the API node', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.close());

  it('answers a client-side route, even one ending in a procedure code, with the portal page', async () => {
    const page = await platform.http.get('/thu-tuc/1.009994');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('keeps the JSON 404 for unknown API paths and missing assets', async () => {
    expect((await platform.http.get('/api/khong-co')).body.error.code).toBe('NOT_FOUND');
    expect((await platform.http.get('/khong-co.js')).status).toBe(404);
  });

  it('sends the compressed copy to a browser that accepts it', async () => {
    const home = await platform.http.get('/').set('Accept-Encoding', 'br, gzip');
    expect(home.status).toBe(200);
    expect(['br', 'gzip']).toContain(home.headers['content-encoding']);
  });
});
