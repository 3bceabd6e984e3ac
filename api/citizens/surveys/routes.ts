import type { FastifyInstance } from 'fastify';
import { CITIZEN, PUBLIC, can } from '../../identity/access';
import { SCORE_LABELS } from '../ratings';
import { errorResponses } from '../schemas';
import { assessableAgencies, campaignsFor, closeCampaign, createCampaign, findCampaign, openCampaigns, type NewCampaign } from './campaigns';
import { answerCampaign, answeredCampaigns, type SurveyAnswer } from './responses';
import { campaignResults } from './results';
import * as schemas from './schemas';

const officerTags = ['Khảo sát mức độ hài lòng'];
const portalTags = ['Công dân: khảo sát'];

/**
 * Khảo sát mức độ hài lòng theo đợt (C7): the back office creates, closes and reads the results of
 * campaigns; the portal lists the open ones and a signed-in citizen answers each once.
 */
export async function surveyRoutes(app: FastifyInstance) {
  const { clock } = app.deps;
  const idOf = (request: { params: unknown }) => (request.params as { id: number }).id;

  app.get('/api/surveys', {
    config: { access: can('survey', 'manage') },
    schema: {
      tags: officerTags, summary: 'Các đợt khảo sát liên quan đến cơ quan của tôi (mới nhất trước)',
      response: { 200: { type: 'array', items: schemas.officerCampaign }, ...errorResponses },
    },
  }, async (request) => campaignsFor(request.em, request.principal, clock.now()));

  app.post('/api/surveys', {
    config: { access: can('survey', 'manage') },
    schema: {
      tags: officerTags, summary: 'Tạo đợt khảo sát; không nêu câu hỏi thì dùng các tiêu chí đánh giá đang áp dụng',
      body: schemas.newCampaign, response: { 201: schemas.campaign, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await createCampaign(request.em, request.principal, request.body as NewCampaign, clock.now())));

  app.post('/api/surveys/:id/close', {
    config: { access: can('survey', 'manage') },
    schema: { tags: officerTags, summary: 'Kết thúc đợt khảo sát ngay', params: schemas.idParams, response: { 200: schemas.campaign, ...errorResponses } },
  }, async (request) => closeCampaign(request.em, request.principal, idOf(request), clock.now()));

  app.get('/api/surveys/:id/results', {
    config: { access: can('survey', 'manage') },
    schema: {
      tags: officerTags, summary: 'Kết quả khảo sát theo cơ quan và theo câu hỏi, trong phạm vi quản lý', params: schemas.idParams,
      response: { 200: schemas.results, ...errorResponses },
    },
  }, async (request) => campaignResults(request.em, request.principal, idOf(request), clock.now()));

  app.get('/api/public/surveys', {
    config: { access: PUBLIC },
    schema: { tags: portalTags, summary: 'Các đợt khảo sát đang mở', response: { 200: { type: 'array', items: schemas.campaign } } },
  }, async (request) => openCampaigns(request.em, clock.now()));

  app.get('/api/public/surveys/:id', {
    config: { access: PUBLIC },
    schema: {
      tags: portalTags, summary: 'Một đợt khảo sát: câu hỏi, thang điểm và các cơ quan được khảo sát', params: schemas.idParams,
      response: { 200: schemas.portalCampaign, ...errorResponses },
    },
  }, async (request) => {
    const campaign = await findCampaign(request.em, idOf(request), clock.now());
    return {
      ...campaign.view,
      scale: SCORE_LABELS.map((label, index) => ({ score: index + 1, label })),
      agencies: await assessableAgencies(request.em, campaign.ownerPath),
    };
  });

  app.get('/api/citizen/surveys', {
    config: { access: CITIZEN },
    schema: {
      tags: portalTags, summary: 'Các đợt khảo sát tôi đã tham gia',
      response: {
        200: { type: 'array', items: { type: 'object', properties: { campaignId: { type: 'integer' }, agencyName: { type: 'string' }, answeredAt: { type: 'string' } } } },
        ...errorResponses,
      },
    },
  }, async (request) => answeredCampaigns(request.em, request.citizen!.id));

  app.post('/api/citizen/surveys/:id/responses', {
    config: { access: CITIZEN },
    schema: {
      tags: portalTags, summary: 'Trả lời đợt khảo sát (một lần cho mỗi đợt)', params: schemas.idParams, body: schemas.surveyAnswer,
      response: { 201: schemas.answered, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await answerCampaign(request.em, request.citizen!.id, idOf(request), request.body as SurveyAnswer, clock.now())));
}
