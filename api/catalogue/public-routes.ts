import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/catalogue';
import { PUBLIC } from '../identity/access';
import { catalogueAgencies } from './agency-catalogue';
import { ISSUED_STATUSES } from './model';
import { codeParams, errorResponses, searchHit, searchQuery, versionParams, versionResponse } from './schemas';
import { searchProcedures, type SearchQuery } from './search';
import { findVersion } from './version-store';
import { versionView } from './views';

const tags = ['Tra cứu thủ tục hành chính'];

/** Cổng Dịch vụ công: search the catalogue and read a procedure, without signing in (A7, ST 8.2). */
export async function publicProcedureRoutes(app: FastifyInstance) {
  app.get('/api/procedures', {
    config: { access: PUBLIC },
    schema: {
      tags,
      summary: 'Tìm thủ tục theo từ khóa (có hoặc không dấu, chấp nhận gõ sai), lĩnh vực, cơ quan, cấp và mức độ dịch vụ',
      description: 'Trả về một trang kết quả, xếp theo mức độ khớp; tổng số kết quả ở header X-Total-Count.',
      querystring: searchQuery,
      response: { 200: { type: 'array', items: searchHit }, ...errorResponses },
    },
  }, async (request, reply) => {
    const query = request.query as SearchQuery;
    const page = await searchProcedures(request.em, query);
    void reply.header('x-total-count', String(page.total)).header('x-page', String(query.page)).header('x-page-size', String(query.pageSize));
    return page.items;
  });

  app.get('/api/procedures/:code', {
    config: { access: PUBLIC },
    schema: {
      tags, summary: 'Thủ tục đang có hiệu lực, với biểu mẫu điện tử và các cơ quan thực hiện', params: codeParams,
      response: { 200: versionResponse, ...errorResponses },
    },
  }, async (request) => {
    const live = await findVersion(request.em, { code: (request.params as { code: string }).code, state: 'live' });
    if (!live) throw new AppError('PROCEDURE_NOT_FOUND');
    return versionView(live, await catalogueAgencies(request.em, live.procedureId));
  });

  app.get('/api/procedures/:code/versions/:version', {
    config: { access: PUBLIC },
    schema: {
      tags, summary: 'Một phiên bản đã từng được công bố (hồ sơ giữ phiên bản khi nộp)', params: versionParams,
      response: { 200: versionResponse, ...errorResponses },
    },
  }, async (request) => {
    const found = await findVersion(request.em, request.params as { code: string; version: number });
    if (!found || !ISSUED_STATUSES.includes(found.status)) throw new AppError('PROCEDURE_VERSION_NOT_FOUND');
    return versionView(found);
  });
}
