/**
 * Giấy đề nghị đăng ký hộ kinh doanh (after Phụ lục III-1, Thông tư 02/2023/TT-BKHĐT): the
 * business, its lines and capital, the owner, then the registration the commune officer records.
 */
import type { FormDefinition } from '../../forms';
import { addressSchema } from '../../forms';

const submitted = ['business', 'owner', 'members', 'commitment'];

export const householdBusinessForm: FormDefinition = {
  id: 'dang-ky-ho-kinh-doanh',
  version: 1,
  title: 'Giấy đề nghị đăng ký hộ kinh doanh',
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: 'Giấy đề nghị đăng ký hộ kinh doanh',
    additionalProperties: false,
    required: ['business', 'owner', 'commitment'],
    $defs: { address: addressSchema },
    properties: {
      business: {
        type: 'object',
        title: 'Thông tin hộ kinh doanh',
        additionalProperties: false,
        required: ['name', 'address', 'lines', 'capital'],
        properties: {
          name: { type: 'string', title: 'Tên hộ kinh doanh', minLength: 4, maxLength: 200 },
          address: { $ref: '#/$defs/address', title: 'Địa điểm kinh doanh' },
          phone: { type: 'string', title: 'Điện thoại', format: 'vn-phone' },
          lines: {
            type: 'array',
            title: 'Ngành, nghề kinh doanh',
            minItems: 1,
            maxItems: 20,
            items: { type: 'string', title: 'Ngành, nghề', minLength: 3, maxLength: 300 },
          },
          capital: { type: 'integer', title: 'Vốn kinh doanh (đồng)', minimum: 1000000, maximum: 100000000000 },
          employees: { type: 'integer', title: 'Số lượng lao động', minimum: 0, maximum: 1000 },
        },
      },
      owner: {
        type: 'object',
        title: 'Chủ hộ kinh doanh',
        additionalProperties: false,
        required: ['fullName', 'idNumber', 'birthDate', 'residence'],
        properties: {
          fullName: { type: 'string', title: 'Họ, chữ đệm, tên', minLength: 2, maxLength: 100, 'x-autofill': 'identity.fullName' },
          idNumber: { type: 'string', title: 'Số định danh cá nhân', format: 'cccd', 'x-autofill': 'identity.idNumber' },
          birthDate: { type: 'string', title: 'Ngày sinh', format: 'date', 'x-autofill': 'identity.birthDate' },
          residence: { $ref: '#/$defs/address', title: 'Nơi cư trú', 'x-autofill': ['personalData.residence', 'identity.address'] },
          phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone', 'x-autofill': ['identity.phone', 'personalData.phone'] },
          taxCode: { type: 'string', title: 'Mã số thuế cá nhân', format: 'vn-tax-code', 'x-autofill': 'personalData.taxCode' },
        },
      },
      members: {
        type: 'array',
        title: 'Thành viên hộ gia đình tham gia kinh doanh',
        maxItems: 10,
        items: {
          type: 'object',
          title: 'Thành viên',
          additionalProperties: false,
          required: ['fullName', 'idNumber'],
          properties: {
            fullName: { type: 'string', title: 'Họ, chữ đệm, tên thành viên', minLength: 2, maxLength: 100 },
            idNumber: { type: 'string', title: 'Số định danh cá nhân của thành viên', format: 'cccd' },
          },
        },
      },
      commitment: {
        type: 'boolean',
        title: 'Cam kết chủ hộ không đồng thời là chủ hộ kinh doanh khác, chủ doanh nghiệp tư nhân hoặc thành viên hợp danh',
        const: true,
      },
      registration: {
        type: 'object',
        title: 'Đăng ký hộ kinh doanh',
        additionalProperties: false,
        required: ['number', 'registeredOn'],
        properties: {
          number: { type: 'string', title: 'Mã số đăng ký hộ kinh doanh', pattern: '^\\d{2}[A-Z]\\d{7,9}$',
            'x-errorMessages': { pattern: '{label} có dạng mã tỉnh, chữ cái và số thứ tự (ví dụ 94A8001234)' } },
          registeredOn: { type: 'string', title: 'Ngày đăng ký', format: 'date' },
        },
      },
    },
  },
  views: {
    /** Chủ hộ nộp hồ sơ. */
    submission: { visible: submitted, editable: submitted },
    /** Phòng Kinh tế xem xét, ghi mã số đăng ký. */
    appraisal: { visible: ['*'], editable: ['registration'] },
    /** Lãnh đạo UBND xã ký Giấy chứng nhận. */
    approval: { visible: ['*'], editable: [] },
  },
  components: [
    { code: 'DE_NGHI', name: 'Giấy đề nghị đăng ký hộ kinh doanh', required: true },
    { code: 'BIEN_BAN_HOP', name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', required: false },
    { code: 'VB_UY_QUYEN', name: 'Văn bản ủy quyền cho thành viên làm chủ hộ kinh doanh', required: false },
  ],
};
