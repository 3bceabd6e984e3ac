/**
 * Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (after Mẫu số 03/2013/TT-LLTP): the requester, their
 * parents and places of residence since age 14; then the police's lookup and the certificate.
 */
import type { FormDefinition } from '../../forms';
import { addressSchema } from '../../forms';

const declared = ['requester', 'parents', 'residenceHistory', 'certificateKind', 'copies', 'purpose'];

export const criminalRecordForm: FormDefinition = {
  id: 'cap-phieu-ly-lich-tu-phap',
  version: 1,
  title: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
    additionalProperties: false,
    required: ['requester', 'parents', 'residenceHistory', 'certificateKind', 'copies'],
    $defs: { address: addressSchema },
    properties: {
      requester: {
        type: 'object',
        title: 'Người yêu cầu cấp Phiếu',
        additionalProperties: false,
        required: ['fullName', 'gender', 'birthDate', 'birthPlace', 'idNumber', 'residence'],
        properties: {
          fullName: { type: 'string', title: 'Họ, chữ đệm, tên', minLength: 2, maxLength: 100, 'x-autofill': 'identity.fullName' },
          gender: { type: 'string', title: 'Giới tính', enum: ['male', 'female'], 'x-enumLabels': ['Nam', 'Nữ'], 'x-autofill': 'identity.gender' },
          birthDate: { type: 'string', title: 'Ngày sinh', format: 'date', 'x-autofill': 'identity.birthDate' },
          birthPlace: { type: 'string', title: 'Nơi sinh', minLength: 3, maxLength: 200 },
          nationality: { type: 'string', title: 'Quốc tịch', maxLength: 50, default: 'Việt Nam' },
          idNumber: { type: 'string', title: 'Số định danh cá nhân', format: 'cccd', 'x-autofill': 'identity.idNumber' },
          residence: { $ref: '#/$defs/address', title: 'Nơi thường trú', 'x-autofill': ['personalData.residence', 'identity.address'] },
          phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone', 'x-autofill': ['identity.phone', 'personalData.phone'] },
        },
      },
      parents: {
        type: 'object',
        title: 'Cha, mẹ, vợ hoặc chồng',
        additionalProperties: false,
        required: ['father', 'mother'],
        properties: {
          father: { type: 'string', title: 'Họ, chữ đệm, tên cha', minLength: 2, maxLength: 100 },
          mother: { type: 'string', title: 'Họ, chữ đệm, tên mẹ', minLength: 2, maxLength: 100 },
          spouse: { type: 'string', title: 'Họ, chữ đệm, tên vợ hoặc chồng', maxLength: 100 },
        },
      },
      residenceHistory: {
        type: 'array',
        title: 'Quá trình cư trú từ đủ 14 tuổi',
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          title: 'Thời kỳ cư trú',
          additionalProperties: false,
          required: ['from', 'place'],
          properties: {
            from: { type: 'string', title: 'Từ ngày', format: 'date' },
            to: { type: 'string', title: 'Đến ngày', format: 'date' },
            place: { type: 'string', title: 'Nơi cư trú', minLength: 3, maxLength: 300 },
            occupation: { type: 'string', title: 'Nghề nghiệp, nơi làm việc', maxLength: 300 },
          },
        },
      },
      certificateKind: {
        type: 'string', title: 'Loại Phiếu yêu cầu cấp', enum: ['1', '2'],
        'x-enumLabels': ['Phiếu lý lịch tư pháp số 1', 'Phiếu lý lịch tư pháp số 2'],
      },
      copies: { type: 'integer', title: 'Số lượng Phiếu', minimum: 1, maximum: 10, default: 1 },
      purpose: { type: 'string', title: 'Mục đích sử dụng Phiếu', maxLength: 300 },
      policeReply: {
        type: 'object',
        title: 'Kết quả tra cứu của cơ quan Công an',
        additionalProperties: false,
        required: ['checkedOn', 'hasConviction'],
        properties: {
          checkedOn: { type: 'string', title: 'Ngày tra cứu', format: 'date' },
          hasConviction: { type: 'boolean', title: 'Có thông tin về án tích' },
          notes: { type: 'string', title: 'Nội dung thông tin', maxLength: 4000 },
        },
      },
      certificate: {
        type: 'object',
        title: 'Phiếu lý lịch tư pháp',
        additionalProperties: false,
        required: ['number', 'issuedOn'],
        properties: {
          number: { type: 'string', title: 'Số Phiếu', pattern: '^\\d{1,6}/[A-Z0-9-]+$',
            'x-errorMessages': { pattern: '{label} có dạng số thứ tự/ký hiệu (ví dụ 1234/STP-LLTP)' } },
          issuedOn: { type: 'string', title: 'Ngày cấp', format: 'date' },
        },
      },
    },
  },
  views: {
    /** Người yêu cầu khai. */
    submission: { visible: declared, editable: declared },
    /** Công an tỉnh tra cứu: sees who to look up, records the answer only. */
    verification: { visible: ['requester', 'parents', 'residenceHistory', 'policeReply'], editable: ['policeReply'] },
    /** Phòng Hành chính tư pháp: examines, then drafts the certificate. */
    appraisal: { visible: ['*'], editable: ['certificate'] },
    /** Lãnh đạo Sở ký Phiếu. */
    approval: { visible: ['*'], editable: [] },
  },
  components: [
    { code: 'TO_KHAI', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', required: true },
    { code: 'VB_UY_QUYEN', name: 'Văn bản ủy quyền (khi ủy quyền yêu cầu cấp Phiếu số 1)', required: false },
  ],
};
