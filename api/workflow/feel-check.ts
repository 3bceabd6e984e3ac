import type { FastifyInstance } from 'fastify';
import { checkFeel } from '../../engine';
import { can } from '../identity/access';

const tags = ['Quy trình nội bộ'];
const errors = Object.fromEntries([400, 401, 403].map((s) => [s, { $ref: 'ErrorResponse#' }]));

/** What the designer shows under a condition while it is typed. */
export interface FeelCheckAnswer {
  valid: boolean;
  /** Vietnamese, for the designer; absent when the expression is valid. */
  message?: string;
}

/**
 * Kiểm tra điều kiện FEEL của luồng khi người thiết kế đang gõ (REQUIREMENTS B1-B2). The check is
 * the engine's own, the one deployment runs: a condition accepted here is accepted at deployment.
 * A wrong expression is an answer (200), not a failed request: nothing was asked to be stored.
 */
export async function feelCheckRoute(app: FastifyInstance) {
  app.post('/api/admin/feel/check', {
    config: { access: can('process', 'deploy') },
    schema: {
      tags, summary: 'Kiểm tra cú pháp một biểu thức FEEL (điều kiện của luồng), không lưu gì',
      body: {
        type: 'object', additionalProperties: false, required: ['expression'],
        properties: { expression: { type: 'string', maxLength: 4000 } },
      },
      response: {
        200: { type: 'object', properties: { valid: { type: 'boolean' }, message: { type: 'string' } } },
        ...errors,
      },
    },
  }, async (request): Promise<FeelCheckAnswer> => {
    const { expression } = request.body as { expression: string };
    if (/[$#]\{/.test(expression)) {
      return { valid: false, message: 'Điều kiện phải là biểu thức FEEL; cú pháp ${…} hoặc #{…} (JUEL) không được hỗ trợ.' };
    }
    const check = checkFeel(expression);
    if (!check.ok) return { valid: false, message: `Không phải biểu thức FEEL hợp lệ: ${check.reason}.` };
    if (check.usesClock) return { valid: false, message: 'Điều kiện không được dùng now() hoặc today(); thời gian phải lấy từ biến của hồ sơ.' };
    return { valid: true };
  });
}
