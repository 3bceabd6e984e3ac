import type { SchemaNode } from '../../forms';

/**
 * Phiếu yêu cầu chứng thực: a bare schema, which the catalogue wraps into a definition with the
 * default layout. The papers themselves are shown at the desk, so the form stays short.
 */
export const certificationSchema: SchemaNode = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: 'Yêu cầu chứng thực bản sao từ bản chính',
  additionalProperties: false,
  required: ['requester', 'documentName', 'copies'],
  properties: {
    requester: {
      type: 'object',
      title: 'Người yêu cầu chứng thực',
      additionalProperties: false,
      required: ['fullName', 'idNumber'],
      properties: {
        fullName: { type: 'string', title: 'Họ, chữ đệm, tên', minLength: 2, maxLength: 100, 'x-autofill': 'identity.fullName' },
        idNumber: { type: 'string', title: 'Số định danh cá nhân', format: 'cccd', 'x-autofill': 'identity.idNumber' },
        phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone', 'x-autofill': 'identity.phone' },
      },
    },
    documentName: { type: 'string', title: 'Tên giấy tờ, văn bản cần chứng thực', minLength: 2, maxLength: 300 },
    pages: { type: 'integer', title: 'Số trang của bản chính', minimum: 1, maximum: 500, default: 1 },
    copies: { type: 'integer', title: 'Số bản sao cần chứng thực', minimum: 1, maximum: 100 },
  },
};
