/**
 * Tờ khai đăng ký khai sinh (after the form of Thông tư 04/2024/TT-BTP): the requester, the child,
 * the parents and, without a birth certificate, the witnesses (Luật Hộ tịch 2014, Điều 16); then
 * the entry the civil-status officer makes in the register.
 */
import type { FormDefinition, SchemaNode } from '../../forms';
import { addressSchema } from '../../forms';

const parentSchema = (title: string, who: string): SchemaNode => ({
  type: 'object',
  title,
  additionalProperties: false,
  required: ['fullName', 'birthDate', 'ethnicity', 'nationality', 'residence'],
  properties: {
    fullName: { type: 'string', title: `Họ, chữ đệm, tên của ${who}`, minLength: 2, maxLength: 100 },
    birthDate: { type: 'string', title: `Ngày sinh của ${who}`, format: 'date' },
    ethnicity: { type: 'string', title: 'Dân tộc', minLength: 1, maxLength: 50 },
    nationality: { type: 'string', title: 'Quốc tịch', minLength: 1, maxLength: 50, default: 'Việt Nam' },
    idNumber: { type: 'string', title: `Số định danh cá nhân của ${who}`, format: 'cccd' },
    residence: { $ref: '#/$defs/address', title: 'Nơi cư trú' },
  },
});

/** The birth registration form, with views for submission, verification and signature. */
export const birthRegistrationForm: FormDefinition = {
  id: 'dang-ky-khai-sinh',
  version: 1,
  title: 'Tờ khai đăng ký khai sinh',
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: 'Tờ khai đăng ký khai sinh',
    additionalProperties: false,
    required: ['requester', 'child', 'mother', 'copies'],
    $defs: { address: addressSchema },
    properties: {
      requester: {
        type: 'object',
        title: 'Người yêu cầu',
        additionalProperties: false,
        required: ['fullName', 'idNumber', 'residence', 'relationship'],
        properties: {
          fullName: { type: 'string', title: 'Họ, chữ đệm, tên người yêu cầu', minLength: 2, maxLength: 100, 'x-autofill': 'identity.fullName' },
          idNumber: { type: 'string', title: 'Số định danh cá nhân', format: 'cccd', 'x-autofill': 'identity.idNumber' },
          residence: { $ref: '#/$defs/address', title: 'Nơi cư trú', 'x-autofill': ['personalData.residence', 'identity.address'] },
          relationship: {
            type: 'string',
            title: 'Quan hệ với người được khai sinh',
            enum: ['father', 'mother', 'grandparent', 'relative', 'other'],
            'x-enumLabels': ['Cha', 'Mẹ', 'Ông, bà', 'Người thân thích khác', 'Cá nhân, tổ chức đang nuôi dưỡng'],
          },
          phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone', 'x-autofill': ['identity.phone', 'personalData.phone'] },
          email: { type: 'string', title: 'Thư điện tử', format: 'email', 'x-autofill': 'identity.email' },
        },
      },
      child: {
        type: 'object',
        title: 'Người được khai sinh',
        additionalProperties: false,
        required: ['fullName', 'gender', 'birthDate', 'birthPlace', 'ethnicity', 'nationality'],
        properties: {
          fullName: { type: 'string', title: 'Họ, chữ đệm, tên người được khai sinh', minLength: 2, maxLength: 100 },
          gender: { type: 'string', title: 'Giới tính', enum: ['male', 'female'], 'x-enumLabels': ['Nam', 'Nữ'] },
          birthDate: { type: 'string', title: 'Ngày, tháng, năm sinh', format: 'date', formatMinimum: '1900-01-01' },
          birthPlace: { type: 'string', title: 'Nơi sinh', minLength: 3, maxLength: 300 },
          ethnicity: { type: 'string', title: 'Dân tộc', minLength: 1, maxLength: 50 },
          nationality: { type: 'string', title: 'Quốc tịch', minLength: 1, maxLength: 50 },
          hometown: { type: 'string', title: 'Quê quán', maxLength: 200 },
        },
      },
      mother: parentSchema('Thông tin người mẹ', 'mẹ'),
      father: parentSchema('Thông tin người cha', 'cha'),
      witnesses: {
        type: 'array',
        title: 'Người làm chứng',
        maxItems: 2,
        items: {
          type: 'object',
          title: 'Người làm chứng',
          additionalProperties: false,
          required: ['fullName', 'idNumber'],
          properties: {
            fullName: { type: 'string', title: 'Họ, chữ đệm, tên người làm chứng', minLength: 2, maxLength: 100 },
            idNumber: { type: 'string', title: 'Số định danh cá nhân của người làm chứng', format: 'cccd' },
            phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone' },
          },
        },
      },
      copies: { type: 'integer', title: 'Số bản sao trích lục đề nghị cấp', minimum: 0, maximum: 10, default: 1 },
      registration: {
        type: 'object',
        title: 'Ghi sổ hộ tịch',
        additionalProperties: false,
        required: ['number', 'book', 'registeredOn'],
        properties: {
          number: { type: 'string', title: 'Số đăng ký', pattern: '^\\d{1,6}$' },
          book: { type: 'string', title: 'Quyển số', minLength: 1, maxLength: 20 },
          registeredOn: { type: 'string', title: 'Ngày đăng ký', format: 'date' },
        },
      },
    },
  },
  layout: {
    pages: [
      {
        id: 'requester',
        title: 'Người yêu cầu',
        sections: [
          {
            id: 'requester',
            title: 'Thông tin người yêu cầu',
            description: 'Thông tin được điền sẵn từ tài khoản định danh điện tử; vui lòng kiểm tra lại.',
            fields: [
              'requester.fullName',
              { path: 'requester.idNumber', width: 'half' },
              { path: 'requester.relationship', width: 'half' },
              { path: 'requester.residence', widget: 'address' },
              { path: 'requester.phone', width: 'half' },
              { path: 'requester.email', width: 'half' },
            ],
          },
        ],
      },
      {
        id: 'child',
        title: 'Người được khai sinh',
        sections: [
          {
            id: 'child',
            title: 'Thông tin người được khai sinh',
            fields: [
              'child.fullName',
              { path: 'child.gender', widget: 'radio', width: 'third' },
              { path: 'child.birthDate', width: 'third', help: 'Ghi theo giấy chứng sinh, dạng ngày/tháng/năm.' },
              { path: 'child.nationality', width: 'third' },
              { path: 'child.birthPlace', help: 'Ghi tên cơ sở y tế và địa danh hành chính nơi trẻ được sinh ra.' },
              { path: 'child.ethnicity', width: 'half' },
              { path: 'child.hometown', width: 'half' },
            ],
          },
        ],
      },
      {
        id: 'parents',
        title: 'Cha, mẹ và người làm chứng',
        sections: [
          { id: 'mother', title: 'Thông tin người mẹ', fields: [{ path: 'mother', widget: 'group' }] },
          {
            id: 'father',
            title: 'Thông tin người cha',
            description: 'Bỏ trống khi chưa xác định được cha.',
            fields: [{ path: 'father', widget: 'group' }],
          },
          {
            id: 'witnesses',
            title: 'Người làm chứng',
            description: 'Chỉ khai khi không có giấy chứng sinh.',
            fields: [{ path: 'witnesses', itemLabel: 'Người làm chứng' }],
          },
          { id: 'copies', fields: ['copies'] },
        ],
      },
      {
        id: 'registration',
        title: 'Ghi sổ hộ tịch',
        sections: [
          {
            id: 'registration',
            title: 'Nội dung ghi vào Sổ đăng ký khai sinh',
            fields: [
              { path: 'registration.number', width: 'third' },
              { path: 'registration.book', width: 'third' },
              { path: 'registration.registeredOn', width: 'third' },
            ],
          },
        ],
      },
    ],
  },
  views: {
    /** Người yêu cầu nộp trực tuyến: everything but the register entry. */
    submission: {
      visible: ['requester', 'child', 'mother', 'father', 'witnesses', 'copies'],
      editable: ['requester', 'child', 'mother', 'father', 'witnesses', 'copies'],
    },
    /** Công chức tư pháp - hộ tịch: checks the declaration and writes the register entry. */
    appraisal: { visible: ['*'], editable: ['registration', 'child.fullName', 'copies'] },
    /** Chủ tịch UBND cấp xã ký: reads everything. */
    approval: { visible: ['*'], editable: [] },
  },
  components: [
    { code: 'GIAY_CHUNG_SINH', name: 'Giấy chứng sinh (hoặc văn bản của người làm chứng)', required: true },
    { code: 'VB_UY_QUYEN', name: 'Văn bản ủy quyền (khi người yêu cầu được ủy quyền)', required: false },
  ],
};
