import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/catalogue';
import { can } from '../../identity/access';
import { errorResponses } from '../schemas';
import { CsvError } from './csv';
import { exportCatalogue } from './export';
import { findImport, type CatalogueImports, type ImportRow } from './import-job';
import { CSV_COLUMNS, csvToRecords, EXPORT_FORMAT, linesToRecords, recordsToCsv, recordsToTable } from './record-format';
import { readXlsx, SpreadsheetError, writeXlsx, XLSX_TYPE } from './spreadsheet';

const tags = ['Nhập, xuất danh mục thủ tục'];
const IMPORT_LIMIT = 50 * 1024 * 1024;
const MAX_ROWS = 5000;

const jobResponse = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, status: { type: 'string' }, format: { type: 'string' }, total: { type: 'integer' }, processed: { type: 'integer' },
    drafted: { type: 'integer' }, published: { type: 'integer' }, rejected: { type: 'integer' },
    rejections: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          row: { type: 'integer' }, code: { type: ['string', 'null'] }, error: { type: 'string' }, message: { type: 'string' },
          details: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
    error: { type: ['string', 'null'] }, startedAt: { type: 'string' }, finishedAt: { type: ['string', 'null'] },
  },
} as const;

function csvRows(text: string): ImportRow[] {
  try {
    return csvToRecords(text).rows;
  } catch (error) {
    if (error instanceof CsvError || error instanceof RangeError) {
      throw new AppError('CATALOGUE_FILE_INVALID', [{ path: error instanceof CsvError ? `/csv/line/${error.line}` : '/csv', message: error.message }]);
    }
    throw error;
  }
}

async function xlsxRows(content: Buffer): Promise<ImportRow[]> {
  try {
    return linesToRecords(await readXlsx(content)).rows;
  } catch (error) {
    if (error instanceof SpreadsheetError || error instanceof RangeError) {
      throw new AppError('CATALOGUE_FILE_INVALID', [{ path: '/xlsx', message: error.message }]);
    }
    throw error;
  }
}

function tooMany(rows: ImportRow[]): ImportRow[] {
  if (rows.length > MAX_ROWS) throw new AppError('CATALOGUE_FILE_INVALID', [{ path: '/', message: `Mỗi lượt nhập tối đa ${MAX_ROWS} thủ tục; tệp có ${rows.length}.` }]);
  return rows;
}

/** Nhập và xuất danh mục TTHC dạng JSON hoặc bảng tính CSV, với tiến độ và các dòng bị từ chối. */
export async function transferRoutes(app: FastifyInstance, imports: CatalogueImports) {
  const start = async (request: FastifyRequest, format: 'json' | 'csv' | 'xlsx', rows: ImportRow[]) =>
    imports.start(request.em, request.principal, format, tooMany(rows));

  app.post('/api/admin/catalogue/imports', {
    config: { access: can('procedure', 'import') },
    bodyLimit: IMPORT_LIMIT,
    schema: {
      tags,
      summary: 'Nhập danh mục: { procedures: [...] } (dạng JSON, như tệp xuất) hoặc { csv: "..." }; trả về lượt nhập để theo dõi tiến độ',
      description: [
        'Mỗi dòng được nhập trong một giao dịch riêng: dòng bị từ chối không để lại gì và không chặn các dòng khác.',
        'Thủ tục chưa có trong danh mục được tạo mới; thủ tục đang có hiệu lực được tạo phiên bản sửa đổi, bổ sung.',
        'Dòng có quyết định công bố và không gắn quy trình (thủ tục chỉ công khai thông tin) được công bố ngay nếu người nhập có quyền công bố;',
        'các dòng khác thành bản dự thảo, chờ chạy thử và công bố.',
        `Cột CSV: ${CSV_COLUMNS.join(', ')}. agencyCodes cách nhau bởi dấu chấm phẩy; methods, components, fees, formSchema là JSON.`,
      ].join(' '),
      body: {
        type: 'object', additionalProperties: false,
        properties: {
          procedures: { type: 'array', items: {} },
          csv: { type: 'string', maxLength: IMPORT_LIMIT },
          format: { type: 'string', enum: [EXPORT_FORMAT] },
          version: { type: 'integer' },
          exportedAt: { type: 'string' },
        },
      },
      response: { 202: jobResponse, ...errorResponses },
    },
  }, async (request, reply) => {
    const body = request.body as { procedures?: unknown[]; csv?: string };
    if ((body.procedures === undefined) === (body.csv === undefined)) {
      throw new AppError('VALIDATION_FAILED', [{ path: '/procedures', message: 'Gửi đúng một trong hai: procedures (JSON) hoặc csv.' }]);
    }
    const job = body.procedures
      ? await start(request, 'json', body.procedures.map((record, index) => ({ line: index + 1, record, problems: [] })))
      : await start(request, 'csv', csvRows(body.csv!));
    return reply.status(202).send(job);
  });

  // A spreadsheet saved as CSV, posted as is.
  await app.register(async (csvContext) => {
    csvContext.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: IMPORT_LIMIT }, (_request, body, done) => done(null, body));
    csvContext.post('/api/admin/catalogue/imports.csv', {
      config: { access: can('procedure', 'import') },
      bodyLimit: IMPORT_LIMIT,
      schema: { tags, summary: 'Nhập danh mục từ tệp CSV (Content-Type: text/csv)', response: { 202: jobResponse, ...errorResponses } },
    }, async (request, reply) => reply.status(202).send(await start(request, 'csv', csvRows(String(request.body ?? '')))));
  });

  // An Excel workbook (.xlsx) with the same columns on its first sheet, posted as is.
  await app.register(async (xlsxContext) => {
    xlsxContext.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, (_request, body, done) => done(null, body));
    xlsxContext.post('/api/admin/catalogue/imports.xlsx', {
      config: { access: can('procedure', 'import') },
      bodyLimit: IMPORT_LIMIT,
      schema: { tags, summary: `Nhập danh mục từ bảng tính Excel (Content-Type: ${XLSX_TYPE}), cùng các cột như tệp CSV`, response: { 202: jobResponse, ...errorResponses } },
    }, async (request, reply) => reply.status(202).send(await start(request, 'xlsx', await xlsxRows(request.body as Buffer))));
  });

  app.get('/api/admin/catalogue/imports/:id', {
    config: { access: can('procedure', 'import') },
    schema: {
      tags, summary: 'Tiến độ và kết quả một lượt nhập',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } } },
      response: { 200: jobResponse, ...errorResponses },
    },
  }, async (request) => {
    const job = await findImport(request.em, (request.params as { id: number }).id);
    if (!job) throw new AppError('CATALOGUE_IMPORT_NOT_FOUND');
    return job;
  });

  app.get('/api/admin/catalogue/export', {
    config: { access: can('procedure', 'export') },
    schema: {
      tags, summary: 'Xuất các thủ tục đang có hiệu lực, dạng JSON, CSV hoặc bảng tính Excel (cả ba nhập lại được)',
      querystring: { type: 'object', additionalProperties: false, properties: { format: { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' } } },
      response: {
        200: {
          type: 'object',
          properties: {
            format: { type: 'string' }, version: { type: 'integer' }, exportedAt: { type: 'string' },
            procedures: { type: 'array', items: { type: 'object', additionalProperties: true } },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const exported = await exportCatalogue(request.em, app.deps.clock.now());
    const { format } = request.query as { format: 'json' | 'csv' | 'xlsx' };
    if (format === 'json') return exported;
    if (format === 'xlsx') {
      return reply.type(XLSX_TYPE).header('content-disposition', 'attachment; filename="danh-muc-tthc.xlsx"')
        .send(await writeXlsx(recordsToTable(exported.procedures)));
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="danh-muc-tthc.csv"')
      .send(recordsToCsv(exported.procedures));
  });
}
