import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/catalogue';
import { PUBLIC, can } from '../identity/access';
import { agencyInScope, agencyTree, createAgency, updateAgency, type AgencyInput } from './agency-service';
import { AdminLevelSchema, AgencySchema, DepartmentSchema, SectorSchema, type Department, type Sector } from './entities';
import {
  agencyBody, agencyCodeParams, agencyPatchBody, agencyResponse, agencyTreeNode, codeNameBody, codeNameResponse, errorResponses, levelBody,
} from './schemas';

const tags = ['Tổ chức'];

/** Cơ quan, phòng chuyên môn, lĩnh vực và cấp hành chính. */
export default async function organisationRoutes(app: FastifyInstance) {
  app.addSchema(agencyTreeNode);

  app.get('/api/agencies', {
    config: { access: PUBLIC },
    schema: { tags, summary: 'Cây cơ quan', response: { 200: { type: 'array', items: { $ref: 'AgencyNode#' } } } },
  }, async (request) => agencyTree(request.em));

  app.post('/api/admin/agencies', {
    config: { access: can('agency', 'manage') },
    schema: { tags, summary: 'Thêm cơ quan', body: agencyBody, response: { 201: agencyResponse, ...errorResponses } },
  }, async (request, reply) => {
    const input = request.body as AgencyInput;
    const agency = await createAgency(request.em, request.principal, input);
    return reply.status(201).send({ code: agency.code, name: agency.name, level: agency.levelCode, parentCode: input.parentCode ?? null });
  });

  app.patch('/api/admin/agencies/:code', {
    config: { access: can('agency', 'manage') },
    schema: { tags, summary: 'Sửa cơ quan, chuyển cơ quan cấp trên', params: agencyCodeParams, body: agencyPatchBody, response: { 200: agencyResponse, ...errorResponses } },
  }, async (request) => {
    const { code } = request.params as { code: string };
    const agency = await updateAgency(request.em, request.principal, code, request.body as never);
    const parent = agency.parentId ? await request.em.findOne(AgencySchema, { id: agency.parentId }) : null;
    return { code: agency.code, name: agency.name, level: agency.levelCode, parentCode: parent?.code ?? null };
  });

  app.get('/api/agencies/:code/departments', {
    config: { access: PUBLIC },
    schema: { tags, summary: 'Phòng chuyên môn của cơ quan', params: agencyCodeParams, response: { 200: { type: 'array', items: codeNameResponse }, 404: { $ref: 'ErrorResponse#' } } },
  }, async (request) => {
    const { code } = request.params as { code: string };
    const agency = await request.em.findOne(AgencySchema, { code });
    if (!agency) throw new AppError('AGENCY_NOT_FOUND');
    return request.em.find(DepartmentSchema, { agencyId: agency.id }, { orderBy: { code: 'asc' } });
  });

  app.post('/api/admin/agencies/:code/departments', {
    config: { access: can('department', 'manage') },
    schema: { tags, summary: 'Thêm phòng chuyên môn', params: agencyCodeParams, body: codeNameBody, response: { 201: codeNameResponse, ...errorResponses } },
  }, async (request, reply) => {
    const { code } = request.params as { code: string };
    const body = request.body as { code: string; name: string };
    const agency = await agencyInScope(request.em, request.principal, code);
    if (await request.em.findOne(DepartmentSchema, { agencyId: agency.id, code: body.code })) throw new AppError('DEPARTMENT_CODE_TAKEN');
    request.em.create(DepartmentSchema, { agencyId: agency.id, code: body.code, name: body.name } as Department);
    await request.em.flush();
    return reply.status(201).send(body);
  });

  app.get('/api/sectors', {
    config: { access: PUBLIC },
    schema: { tags, summary: 'Danh mục lĩnh vực', response: { 200: { type: 'array', items: codeNameResponse } } },
  }, async (request) => request.em.find(SectorSchema, {}, { orderBy: { code: 'asc' } }));

  app.post('/api/admin/sectors', {
    config: { access: can('sector', 'manage') },
    schema: { tags, summary: 'Thêm lĩnh vực', body: codeNameBody, response: { 201: codeNameResponse, ...errorResponses } },
  }, async (request, reply) => {
    const body = request.body as { code: string; name: string };
    if (await request.em.findOne(SectorSchema, { code: body.code })) throw new AppError('SECTOR_CODE_TAKEN');
    request.em.create(SectorSchema, body as Sector);
    await request.em.flush();
    return reply.status(201).send(body);
  });

  app.get('/api/admin-levels', {
    config: { access: PUBLIC },
    schema: { tags, summary: 'Các cấp hành chính đã cấu hình', response: { 200: { type: 'array', items: levelBody } } },
  }, async (request) => request.em.find(AdminLevelSchema, {}, { orderBy: { rank: 'asc' } }));

  app.post('/api/admin/admin-levels', {
    config: { access: can('level', 'manage') },
    schema: { tags, summary: 'Thêm cấp hành chính', body: levelBody, response: { 201: levelBody, ...errorResponses } },
  }, async (request, reply) => {
    const body = request.body as { code: string; name: string; rank: number };
    if (await request.em.findOne(AdminLevelSchema, { code: body.code })) throw new AppError('LEVEL_CODE_TAKEN');
    request.em.create(AdminLevelSchema, body);
    await request.em.flush();
    return reply.status(201).send(body);
  });
}
