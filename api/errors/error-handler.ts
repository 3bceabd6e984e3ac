import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError, errorCatalogue, errorResponseSchema, type ErrorCode, type ErrorDetail } from './catalogue';
import { translateValidationErrors } from './validation-messages';

/** Fastify's own error codes that are the caller's fault, mapped onto our catalogue. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_JWT_NO_AUTHORIZATION_IN_HEADER: 'UNAUTHENTICATED',
  FST_JWT_NO_AUTHORIZATION_IN_COOKIE: 'UNAUTHENTICATED',
  FST_JWT_AUTHORIZATION_TOKEN_INVALID: 'TOKEN_INVALID',
  FST_JWT_AUTHORIZATION_TOKEN_EXPIRED: 'TOKEN_INVALID',
  FST_JWT_AUTHORIZATION_TOKEN_UNTRUSTED: 'TOKEN_INVALID',
  FST_JWT_BAD_REQUEST: 'TOKEN_INVALID',
  FST_JWT_BAD_COOKIE_REQUEST: 'TOKEN_INVALID',
  FST_ERR_RATE_LIMITED: 'TOO_MANY_REQUESTS',
};

export function sendError(reply: FastifyReply, code: ErrorCode, details: ErrorDetail[] = [], message?: string) {
  const body = { error: { code, message: message ?? errorCatalogue[code].message, ...(details.length ? { details } : {}) } };
  return reply.status(errorCatalogue[code].status).type('application/json').send(body);
}

function classify(error: FastifyError & { validationContext?: string }): { code: ErrorCode; details?: ErrorDetail[]; message?: string } {
  if (error instanceof AppError) return { code: error.code, details: error.details, message: error.message };
  if (error.validation) {
    return { code: 'VALIDATION_FAILED', details: translateValidationErrors(error.validation as never, error.validationContext) };
  }
  if (error.code && fastifyCodes[error.code]) return { code: fastifyCodes[error.code] };
  if (error instanceof SyntaxError && error.statusCode === 400) return { code: 'MALFORMED_JSON' };
  if (error.statusCode === 429) return { code: 'TOO_MANY_REQUESTS' };
  if (error.statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE' };
  if (error.statusCode === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE' };
  // PostgreSQL unique violation: a race the service's own check could not see.
  if ((error as { code?: string }).code === '23505') return { code: 'CONFLICT' };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return { code: 'VALIDATION_FAILED' };
  return { code: 'INTERNAL' };
}

/** Every failure leaves in the one shape API.md gives; unexpected ones are logged, never leaked. */
export const errorHandler = fp(async (app: FastifyInstance) => {
  app.addSchema(errorResponseSchema);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, details, message } = classify(error);
    if (code === 'INTERNAL') request.log.error({ err: error }, 'unexpected error');
    else request.log.info({ code, status: errorCatalogue[code].status }, 'request refused');
    return sendError(reply, code, details, message);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 'NOT_FOUND'));
}, { name: 'error-handler' });
