import type { DemoProcedure } from '../demo-procedure';
import { constructionPermitForm } from './form';

/** Sở Xây dựng tỉnh Demo. */
export const CONSTRUCTION_AGENCY = '000.00.14.H99';

const address = (commune: string, street: string) => ({ province: 'Tỉnh Demo', commune, street });

const application = (fullName: string, idNumber: string, phone: string, street: string, lot: string, floors: number) => ({
  applicant: { fullName, idNumber, phone, address: `${street}, Xã An Phú, Tỉnh Demo` },
  formData: {
    applicant: { kind: 'individual', fullName, idNumber, phone, address: address('Xã An Phú', street) },
    landParcels: [{ lotNumber: lot, mapSheetNumber: '21', area: 96.5 }],
    works: {
      name: 'Nhà ở riêng lẻ', permitKind: 'new', location: address('Xã An Phú', street),
      buildingArea: 80, totalFloorArea: 80 * floors, height: 3.8 * floors, floors,
    },
    designer: { name: 'Công ty TNHH Thiết kế Demo' },
    expectedDurationMonths: 8,
    commitment: true,
  },
});

/** Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ: several departments, 15 working days. */
export const constructionPermit = {
  agencyCode: CONSTRUCTION_AGENCY,
  record: {
    code: '1.009994',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    sectorCode: 'XD',
    agencyCodes: [CONSTRUCTION_AGENCY],
    steps: [
      'Bước 1: Chủ đầu tư nộp hồ sơ tại Bộ phận Một cửa, qua bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công.',
      'Bước 2: Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ, cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
      'Bước 3: Phòng Quản lý hoạt động xây dựng thẩm định hồ sơ, kiểm tra thực địa khi cần.',
      'Bước 4: Lãnh đạo Sở xem xét, ký giấy phép xây dựng; Văn phòng Sở vào sổ, đóng dấu.',
      'Bước 5: Trả kết quả cho chủ đầu tư.',
    ].join('\n'),
    methods: [
      { channel: 'counter', description: 'Nộp trực tiếp tại Bộ phận Một cửa Sở Xây dựng.' },
      { channel: 'postal', description: 'Nộp qua dịch vụ bưu chính công ích.' },
      { channel: 'online', description: 'Nộp trực tuyến trên Cổng Dịch vụ công của tỉnh.' },
    ],
    components: [
      { code: 'GIAY_TO_DAT', name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất', originals: 0, copies: 1, required: true },
      { code: 'BAN_VE_THIET_KE', name: 'Hai bộ bản vẽ thiết kế xây dựng', originals: 2, copies: 0, required: true },
      { code: 'CAM_KET_AN_TOAN', name: 'Bản cam kết bảo đảm an toàn đối với công trình liền kề', originals: 1, copies: 0, required: false },
    ],
    processingTime: { value: 15, unit: 'working_days' },
    applicants: 'Hộ gia đình, cá nhân là chủ đầu tư xây dựng nhà ở riêng lẻ.',
    result: 'Giấy phép xây dựng.',
    fees: [{ name: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', amount: 75000 }],
    conditions: 'Phù hợp với quy hoạch chi tiết xây dựng; bảo đảm an toàn cho công trình và công trình lân cận; thiết kế bảo đảm khoảng cách an toàn theo quy định.',
    legalBasis: 'Luật Xây dựng năm 2014, sửa đổi, bổ sung năm 2020; Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ.',
    serviceLevel: 'partial_online',
    postalAllowed: true,
    processKey: 'construction-permit',
    formSchema: constructionPermitForm,
  },
  samples: [
    application('Nguyễn Văn An', '079203001234', '0912345678', 'Số 12, đường Lê Lợi', '112', 3),
    application('Trần Thị Bích Ngọc', '001185004321', '0983456712', 'Số 45, đường Trần Hưng Đạo', '87', 2),
    application('Lê Hoàng Phúc', '092090007654', '0905123987', 'Thôn Phú Hòa', '203', 4),
  ],
} satisfies DemoProcedure;
