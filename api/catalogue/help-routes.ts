import type { FastifyInstance } from 'fastify';
import { toIsoLocal } from '../calendar/local-time';
import { PUBLIC, can } from '../identity/access';
import { actorOf } from './admin-routes';
import { createArticle, deleteArticle, listArticles, updateArticle, type ArticleInput, type HelpKind, type HelpOwner } from './help-articles';
import { codeString, errorResponses } from './schemas';

const KINDS: { kind: HelpKind; plural: string; tag: string; what: string }[] = [
  { kind: 'faq', plural: 'faqs', tag: 'Hỏi đáp thường gặp', what: 'câu hỏi thường gặp' },
  { kind: 'guide', plural: 'guides', tag: 'Hướng dẫn', what: 'hướng dẫn' },
];

const OWNERS = [
  { segment: 'procedures', owner: (code: string): HelpOwner => ({ procedureCode: code }), of: 'của thủ tục' },
  { segment: 'agencies', owner: (code: string): HelpOwner => ({ agencyCode: code }), of: 'của cơ quan' },
];

const articleResponse = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, kind: { type: 'string' }, procedureCode: { type: ['string', 'null'] }, agencyCode: { type: ['string', 'null'] },
    title: { type: 'string' }, body: { type: 'string' }, position: { type: 'integer' }, updatedAt: { type: 'string' },
  },
} as const;

const articleFields = {
  title: { type: 'string', minLength: 1, maxLength: 1000 },
  body: { type: 'string', minLength: 1, maxLength: 50000 },
  position: { type: 'integer', minimum: 0, maximum: 10000 },
} as const;

const codeParams = { type: 'object', required: ['code'], properties: { code: codeString } } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } } } as const;

const view = (article: Awaited<ReturnType<typeof createArticle>>) => ({ ...article, updatedAt: toIsoLocal(article.updatedAt) });

/** Hỏi đáp và hướng dẫn (A6), per procedure and per agency: public reading, staff writing. */
export async function helpRoutes(app: FastifyInstance) {
  const access = can('procedure_help', 'manage');
  for (const { kind, plural, tag, what } of KINDS) {
    const tags = [tag];
    for (const { segment, owner, of } of OWNERS) {
      app.get(`/api/${segment}/:code/${plural}`, {
        config: { access: PUBLIC },
        schema: { tags, summary: `Các ${what} ${of}`, params: codeParams, response: { 200: { type: 'array', items: articleResponse }, ...errorResponses } },
      }, async (request) => (await listArticles(request.em, kind, owner((request.params as { code: string }).code))).map(view));

      app.post(`/api/admin/${segment}/:code/${plural}`, {
        config: { access },
        schema: {
          tags, summary: `Thêm ${what} ${of}`, params: codeParams,
          body: { type: 'object', additionalProperties: false, required: ['title', 'body'], properties: articleFields },
          response: { 201: articleResponse, ...errorResponses },
        },
      }, async (request, reply) => {
        const code = (request.params as { code: string }).code;
        const article = await createArticle(request.em, actorOf(app, request), kind, owner(code), request.body as ArticleInput);
        return reply.status(201).send(view(article));
      });
    }

    app.patch(`/api/admin/${plural}/:id`, {
      config: { access },
      schema: {
        tags, summary: `Sửa ${what}`, params: idParams,
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: articleFields },
        response: { 200: articleResponse, ...errorResponses },
      },
    }, async (request) => {
      const { id } = request.params as { id: number };
      return view(await updateArticle(request.em, actorOf(app, request), kind, id, request.body as Partial<ArticleInput>));
    });

    app.delete(`/api/admin/${plural}/:id`, {
      config: { access },
      schema: { tags, summary: `Xóa ${what}`, params: idParams, response: { 204: { type: 'null' }, ...errorResponses } },
    }, async (request, reply) => {
      await deleteArticle(request.em, actorOf(app, request), kind, (request.params as { id: number }).id);
      return reply.status(204).send();
    });
  }
}
