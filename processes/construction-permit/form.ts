/**
 * Đơn đề nghị cấp giấy phép xây dựng (after Mẫu số 01, Phụ lục II, Nghị định 15/2021/NĐ-CP):
 * the investor, the land, the works and the designer, then the appraisal the specialist records.
 */
import type { FormDefinition } from '../../forms';
import { addressSchema } from '../../forms';

/** The construction permit application, with views for submission, reception, appraisal and approval. */
export const constructionPermitForm: FormDefinition = {
  id: 'cap-giay-phep-xay-dung',
  version: 1,
  title: 'Đơn đề nghị cấp giấy phép xây dựng',
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: 'Đơn đề nghị cấp giấy phép xây dựng',
    additionalProperties: false,
    required: ['applicant', 'landParcels', 'works', 'designer', 'expectedDurationMonths', 'commitment'],
    $defs: { address: addressSchema },
    properties: {
      applicant: {
        type: 'object',
        title: 'Chủ đầu tư',
        additionalProperties: false,
        required: ['kind', 'fullName', 'address', 'phone'],
        properties: {
          kind: {
            type: 'string',
            title: 'Loại chủ đầu tư',
            enum: ['individual', 'organization'],
            'x-enumLabels': ['Cá nhân', 'Tổ chức'],
          },
          fullName: { type: 'string', title: 'Tên chủ đầu tư', minLength: 2, maxLength: 200, 'x-autofill': 'identity.fullName' },
          idNumber: {
            type: 'string',
            title: 'Số định danh cá nhân',
            format: 'cccd',
            'x-autofill': 'identity.idNumber',
          },
          taxCode: { type: 'string', title: 'Mã số thuế', format: 'vn-tax-code', 'x-autofill': 'personalData.taxCode' },
          representative: { type: 'string', title: 'Người đại diện theo pháp luật', maxLength: 200 },
          position: { type: 'string', title: 'Chức vụ', maxLength: 100 },
          address: { $ref: '#/$defs/address', title: 'Địa chỉ liên hệ', 'x-autofill': 'personalData.address' },
          phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone', 'x-autofill': ['identity.phone', 'personalData.phone'] },
          email: { type: 'string', title: 'Thư điện tử', format: 'email', 'x-autofill': 'identity.email' },
        },
        // An individual identifies with the personal number, an organisation with its tax code.
        if: { properties: { kind: { const: 'organization' } }, required: ['kind'] },
        then: { required: ['taxCode', 'representative'] },
        else: { required: ['idNumber'] },
      },
      landParcels: {
        type: 'array',
        title: 'Thông tin lô đất',
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          title: 'Thửa đất',
          additionalProperties: false,
          required: ['lotNumber', 'mapSheetNumber', 'area'],
          properties: {
            lotNumber: { type: 'string', title: 'Thửa đất số', minLength: 1, maxLength: 20 },
            mapSheetNumber: { type: 'string', title: 'Tờ bản đồ số', minLength: 1, maxLength: 20 },
            area: { type: 'number', title: 'Diện tích thửa đất (m²)', exclusiveMinimum: 0, maximum: 1000000 },
            certificateNumber: { type: 'string', title: 'Số giấy chứng nhận quyền sử dụng đất', maxLength: 30 },
          },
        },
      },
      works: {
        type: 'object',
        title: 'Thông tin công trình',
        additionalProperties: false,
        required: ['name', 'permitKind', 'location', 'buildingArea', 'totalFloorArea', 'height', 'floors'],
        properties: {
          name: { type: 'string', title: 'Tên công trình', minLength: 3, maxLength: 300 },
          permitKind: {
            type: 'string',
            title: 'Loại giấy phép đề nghị',
            oneOf: [
              { const: 'new', title: 'Xây dựng mới' },
              { const: 'renovation', title: 'Sửa chữa, cải tạo' },
              { const: 'relocation', title: 'Di dời công trình' },
            ],
          },
          grade: {
            type: 'string',
            title: 'Cấp công trình',
            enum: ['special', 'I', 'II', 'III', 'IV'],
            'x-enumLabels': ['Cấp đặc biệt', 'Cấp I', 'Cấp II', 'Cấp III', 'Cấp IV'],
          },
          location: { $ref: '#/$defs/address', title: 'Địa điểm xây dựng' },
          buildingArea: { type: 'number', title: 'Diện tích xây dựng tầng 1 (m²)', exclusiveMinimum: 0, maximum: 100000 },
          totalFloorArea: { type: 'number', title: 'Tổng diện tích sàn (m²)', exclusiveMinimum: 0, maximum: 2000000 },
          height: { type: 'number', title: 'Chiều cao công trình (m)', exclusiveMinimum: 0, maximum: 500 },
          floors: { type: 'integer', title: 'Số tầng', minimum: 1, maximum: 100 },
          basementFloors: { type: 'integer', title: 'Số tầng hầm', minimum: 0, maximum: 10 },
        },
      },
      designer: {
        type: 'object',
        title: 'Đơn vị hoặc người thiết kế',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', title: 'Tên đơn vị hoặc người thiết kế', minLength: 2, maxLength: 200 },
          certificateCode: {
            type: 'string',
            title: 'Mã số chứng chỉ năng lực hoặc chứng chỉ hành nghề',
            pattern: '^[A-Z]{3}-\\d{8}$',
            'x-errorMessages': { pattern: '{label} phải có dạng ba chữ cái in hoa, dấu gạch ngang và 8 chữ số (ví dụ HAN-00012345)' },
          },
        },
      },
      expectedDurationMonths: { type: 'integer', title: 'Dự kiến thời gian hoàn thành công trình (tháng)', minimum: 1, maximum: 120 },
      commitment: {
        type: 'boolean',
        title: 'Cam kết thực hiện đúng nội dung giấy phép xây dựng được cấp',
        const: true,
      },
      appraisal: {
        type: 'object',
        title: 'Kết quả thẩm định',
        additionalProperties: false,
        required: ['inspectedOn', 'conclusion'],
        properties: {
          inspectedOn: { type: 'string', title: 'Ngày kiểm tra thực địa', format: 'date' },
          conclusion: {
            type: 'string',
            title: 'Kết luận thẩm định',
            enum: ['eligible', 'supplement', 'ineligible'],
            'x-enumLabels': ['Đủ điều kiện cấp phép', 'Yêu cầu bổ sung hồ sơ', 'Không đủ điều kiện cấp phép'],
          },
          opinion: { type: 'string', title: 'Ý kiến thẩm định', maxLength: 4000 },
        },
      },
    },
  },
  layout: {
    pages: [
      {
        id: 'investor',
        title: 'Chủ đầu tư',
        sections: [
          {
            id: 'investor',
            title: 'Thông tin chủ đầu tư',
            fields: [
              { path: 'applicant.kind', widget: 'radio' },
              'applicant.fullName',
              { path: 'applicant.idNumber', visibleWhen: { path: 'applicant.kind', equals: 'individual' }, width: 'half' },
              { path: 'applicant.taxCode', visibleWhen: { path: 'applicant.kind', equals: 'organization' }, width: 'half' },
              { path: 'applicant.representative', visibleWhen: { path: 'applicant.kind', equals: 'organization' } },
              { path: 'applicant.position', visibleWhen: { path: 'applicant.kind', equals: 'organization' } },
              { path: 'applicant.address', widget: 'address' },
              { path: 'applicant.phone', width: 'half' },
              { path: 'applicant.email', width: 'half' },
            ],
          },
        ],
      },
      {
        id: 'works',
        title: 'Công trình',
        sections: [
          {
            id: 'land',
            title: 'Thông tin lô đất',
            fields: [
              {
                path: 'landParcels',
                itemLabel: 'Thửa đất',
                help: 'Khai từng thửa đất nơi xây dựng công trình, theo giấy chứng nhận quyền sử dụng đất.',
                fields: ['lotNumber', 'mapSheetNumber', 'area', 'certificateNumber'],
              },
            ],
          },
          {
            id: 'works',
            title: 'Nội dung đề nghị cấp phép',
            fields: [
              'works.name',
              { path: 'works.permitKind', widget: 'radio' },
              'works.grade',
              { path: 'works.location', widget: 'address' },
              { path: 'works.buildingArea', width: 'third' },
              { path: 'works.totalFloorArea', width: 'third' },
              { path: 'works.height', width: 'third' },
              { path: 'works.floors', width: 'half' },
              { path: 'works.basementFloors', width: 'half' },
              'designer.name',
              { path: 'designer.certificateCode', placeholder: 'HAN-00012345' },
              'expectedDurationMonths',
            ],
          },
          { id: 'commitment', title: 'Cam kết', fields: [{ path: 'commitment', widget: 'checkbox' }] },
        ],
      },
      {
        id: 'appraisal',
        title: 'Thẩm định',
        sections: [
          {
            id: 'appraisal',
            title: 'Kết quả thẩm định hồ sơ',
            fields: ['appraisal.inspectedOn', { path: 'appraisal.conclusion', widget: 'radio' }, { path: 'appraisal.opinion', widget: 'textarea', rows: 6 }],
          },
        ],
      },
    ],
  },
  views: {
    /** Công dân nộp hồ sơ: everything but the appraisal. */
    submission: {
      visible: ['applicant', 'landParcels', 'works', 'designer', 'expectedDurationMonths', 'commitment'],
      editable: ['applicant', 'landParcels', 'works', 'designer', 'expectedDurationMonths', 'commitment'],
    },
    /** Bộ phận Một cửa tiếp nhận: reads the application, corrects only the contact details. */
    reception: {
      visible: ['applicant', 'landParcels', 'works', 'designer', 'expectedDurationMonths', 'commitment'],
      editable: ['applicant.phone', 'applicant.email'],
    },
    /** Chuyên viên thẩm định: reads everything, records the appraisal. */
    appraisal: { visible: ['*'], editable: ['appraisal'] },
    /** Lãnh đạo phê duyệt: reads everything, changes nothing. */
    approval: { visible: ['*'], editable: [] },
  },
  components: [
    { code: 'GIAY_TO_DAT', name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất', required: true },
    { code: 'BAN_VE_THIET_KE', name: 'Hai bộ bản vẽ thiết kế xây dựng', required: true },
    { code: 'CAM_KET_AN_TOAN', name: 'Bản cam kết bảo đảm an toàn đối với công trình liền kề', required: false },
  ],
};
