/**
 * Search latency over a province-sized catalogue (issue 5, A7: p95 under 20 ms).
 *
 *   npx tsx bench/search.ts      prints `name: value` lines, writes bench/results/search-*.json
 *
 * 2,000 published procedures; ten citizen queries (without diacritics, with a typo, with filters)
 * run round after round, in the database and through a real server over HTTP. Side by side in the
 * same run: the same server answering the sector list, a request with no search at all, so the
 * HTTP figures read as search cost over the plain request cost.
 */
import { migrate, openOrm } from '../api/db/orm';
import { seedDemoProvince } from '../api/demo/seed';
import { bootstrapAdmin } from '../api/identity/bootstrap';
import { searchProcedures, type SearchQuery } from '../api/catalogue/search';
import { insertLargeCatalogue } from '../test/support/large-catalogue';
import { startServerProcess } from '../test/support/processes';
import { benchDatabase, percentile, report } from './support';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const QUERIES: Record<string, string>[] = [
  { q: 'cap giay phep xay dung' }, { q: 'giấy phép lái xe' }, { q: 'gia han giay phep moi truong' }, { q: 'tro cap xa hoi' },
  { q: 'giay phep xay dumg' }, { q: 'chung chi hanh nghe', sectorCode: 'XD' }, { q: 'dang ky', agencyCode: '000.21.01.H99' },
  { sectorCode: 'HT', level: 'commune' }, { q: 'karaoke' }, { q: 'thu hoi giay chung nhan quyen su dung dat' },
];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  const orm = await openOrm(db.url);
  try {
    await migrate(orm, db.url);
    await bootstrapAdmin(orm.em.fork(), 'Quantri@2026xyz');
    await seedDemoProvince(orm.em.fork());
    await insertLargeCatalogue(orm.em.fork(), ['XD', 'HT', 'CT', 'LLTP'], ['000.00.14.H99', '000.00.15.H99', '000.21.01.H99', '000.21.02.H99']);
    const procedures = Number((await orm.em.fork().getConnection().execute('select count(*) as n from procedure'))[0].n);

    const em = orm.em.fork();
    const inDatabase = (query: Record<string, string>) => searchProcedures(em, { ...query, page: 1, pageSize: 20 } as SearchQuery);
    for (const query of QUERIES) await inDatabase(query);
    const database: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) for (const query of QUERIES) database.push(await timed(() => inDatabase(query)));

    const server = await startServerProcess({ DATABASE_URL: db.url, BOOTSTRAP_ADMIN_PASSWORD: 'Quantri@2026xyz', DEMO: '0', LOG_LEVEL: 'warn' });
    const http: number[] = [];
    const plain: number[] = [];
    try {
      const get = async (path: string) => {
        const response = await fetch(`${server.url}${path}`);
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
        await response.arrayBuffer();
      };
      for (const query of QUERIES) await get(`/api/procedures?${new URLSearchParams(query)}`);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const query of QUERIES) {
          http.push(await timed(() => get(`/api/procedures?${new URLSearchParams(query)}`)));
          plain.push(await timed(() => get('/api/sectors')));
        }
      }
    } finally {
      await server.kill();
    }
    const ms = (value: number) => Number(value.toFixed(1));
    report('search', {
      procedures,
      queries: database.length,
      search_db_p50_ms: ms(percentile(database, 50)),
      search_db_p95_ms: ms(percentile(database, 95)),
      search_http_p50_ms: ms(percentile(http, 50)),
      search_http_p95_ms: ms(percentile(http, 95)),
      plain_http_p95_ms: ms(percentile(plain, 95)),
      search_over_plain_p95_ratio: Number((percentile(http, 95) / percentile(plain, 95)).toFixed(2)),
    });
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
