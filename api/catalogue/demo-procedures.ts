import { birthRegistrationForm, constructionPermitForm, type SchemaNode } from '../../forms';
import type { ProcedureInput } from './model';

/**
 * The demo province's catalogue: three procedures that run on a process and an e-form, and
 * information-only records (mức độ 2) across other sectors and levels. Names, times, fees and
 * legal bases follow the national procedure database; the national codes are illustrative.
 */

const SO_XAY_DUNG = '000.00.14.H99';
const SO_TU_PHAP = '000.00.15.H99';
const COMMUNES = ['000.21.01.H99', '000.21.02.H99'];

/** Sectors the demo catalogue needs beyond the demo province's own. */
export const demoCatalogueSectors = [
  { code: 'DD', name: 'Đất đai' },
  { code: 'HKD', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  { code: 'BTXH', name: 'Bảo trợ xã hội' },
];

export const DEMO_DECISION = { number: '125/QĐ-UBND', date: '2026-01-15' };

/** Phiếu yêu cầu chứng thực: a bare schema, wrapped into a definition with the default layout. */
const certificationSchema: SchemaNode = {
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

const construction: ProcedureInput = {
  code: '1.009994',
  name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
  sectorCode: 'XD',
  agencyCodes: [SO_XAY_DUNG],
  steps: [
    'Bước 1: Chủ đầu tư nộp hồ sơ tại Bộ phận Một cửa, qua bưu chính công ích hoặc trực tuyến trên Cổng Dịch vụ công.',
    'Bước 2: Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ, cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    'Bước 3: Phòng Quản lý hoạt động xây dựng thẩm định hồ sơ, kiểm tra thực địa khi cần.',
    'Bước 4: Lãnh đạo Sở xem xét, ký giấy phép xây dựng.',
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
  processKey: 'one-stop-standard',
  formSchema: constructionPermitForm,
};

const birth: ProcedureInput = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  sectorCode: 'HT',
  agencyCodes: COMMUNES,
  steps: [
    'Bước 1: Người yêu cầu nộp tờ khai và giấy tờ tại Bộ phận Một cửa UBND cấp xã hoặc trực tuyến.',
    'Bước 2: Công chức Tư pháp - Hộ tịch kiểm tra, ghi nội dung khai sinh vào Sổ đăng ký khai sinh.',
    'Bước 3: Chủ tịch UBND cấp xã ký Giấy khai sinh; trả kết quả cho người yêu cầu.',
  ].join('\n'),
  methods: [
    { channel: 'counter', description: 'Nộp trực tiếp tại Bộ phận Một cửa UBND cấp xã.' },
    { channel: 'online', description: 'Nộp trực tuyến trên Cổng Dịch vụ công.' },
  ],
  components: [
    { code: 'GIAY_CHUNG_SINH', name: 'Giấy chứng sinh (hoặc văn bản của người làm chứng)', originals: 1, copies: 0, required: true },
    { code: 'VB_UY_QUYEN', name: 'Văn bản ủy quyền (khi người yêu cầu được ủy quyền)', originals: 1, copies: 0, required: false },
  ],
  processingTime: { value: 1, unit: 'working_days' },
  applicants: 'Cha, mẹ, ông, bà hoặc người thân thích khác, cá nhân, tổ chức đang nuôi dưỡng trẻ em.',
  result: 'Giấy khai sinh (bản chính); bản sao Giấy khai sinh nếu có yêu cầu.',
  fees: [{ name: 'Lệ phí đăng ký khai sinh đúng hạn', amount: 0, note: 'Miễn lệ phí' }],
  conditions: 'Đăng ký trong thời hạn 60 ngày kể từ ngày sinh.',
  legalBasis: 'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP; Thông tư số 04/2024/TT-BTP.',
  serviceLevel: 'full_online',
  // Settled at the commune desk the same day: the standard process's step budgets (5.6 working days)
  // would not fit the one-day legal time, and publication would refuse it.
  processKey: 'immediate-result',
  formSchema: birthRegistrationForm,
};

const certification: ProcedureInput = {
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
  sectorCode: 'CT',
  agencyCodes: COMMUNES,
  steps: 'Người yêu cầu xuất trình bản chính và bản sao cần chứng thực; người thực hiện chứng thực đối chiếu, chứng thực và trả kết quả ngay.',
  methods: [{ channel: 'counter', description: 'Trực tiếp tại Bộ phận Một cửa UBND cấp xã.' }],
  components: [
    { code: 'BAN_CHINH', name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', originals: 1, copies: 0, required: true },
    { code: 'BAN_SAO', name: 'Bản sao cần chứng thực (nếu người yêu cầu tự chụp)', originals: 0, copies: 1, required: false },
  ],
  processingTime: { value: 1, unit: 'working_days' },
  applicants: 'Cá nhân, tổ chức.',
  result: 'Bản sao được chứng thực từ bản chính.',
  fees: [{ name: 'Phí chứng thực bản sao từ bản chính', amount: 2000, note: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản' }],
  conditions: 'Bản chính không thuộc các trường hợp không được dùng làm cơ sở chứng thực bản sao.',
  legalBasis: 'Nghị định số 23/2015/NĐ-CP; Thông tư số 226/2016/TT-BTC.',
  serviceLevel: 'offline',
  immediateResult: true,
  crossBoundary: true,
  processKey: 'immediate-result',
  formSchema: certificationSchema,
};

/** The procedures that run on a process: seeded as drafts, test-run, then published. */
export const demoRunnableProcedures: ProcedureInput[] = [construction, birth, certification];

type InfoOnly = [code: string, name: string, sectorCode: string, agencies: string[], days: number, fee: number, result: string];

const INFO_ONLY: InfoOnly[] = [
  ['1.001022', 'Đăng ký kết hôn', 'HT', COMMUNES, 1, 0, 'Giấy chứng nhận kết hôn'],
  ['1.000656', 'Đăng ký khai tử', 'HT', COMMUNES, 1, 0, 'Trích lục khai tử'],
  ['1.001766', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'HT', COMMUNES, 3, 0, 'Giấy xác nhận tình trạng hôn nhân'],
  ['1.004873', 'Cấp bản sao Trích lục hộ tịch', 'HT', COMMUNES, 1, 8000, 'Bản sao Trích lục hộ tịch'],
  ['1.000689', 'Đăng ký nhận cha, mẹ, con', 'HT', COMMUNES, 3, 0, 'Trích lục đăng ký nhận cha, mẹ, con'],
  ['2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'CT', COMMUNES, 1, 10000, 'Giấy tờ, văn bản được chứng thực chữ ký'],
  ['2.001035', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản', 'CT', COMMUNES, 2, 50000, 'Hợp đồng, giao dịch được chứng thực'],
  ['2.001417', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'LLTP', [SO_TU_PHAP], 10, 200000, 'Phiếu lý lịch tư pháp'],
  ['1.009972', 'Cấp giấy phép xây dựng sửa chữa, cải tạo công trình', 'XD', [SO_XAY_DUNG], 20, 75000, 'Giấy phép xây dựng'],
  ['1.009973', 'Cấp điều chỉnh giấy phép xây dựng', 'XD', [SO_XAY_DUNG], 20, 75000, 'Giấy phép xây dựng điều chỉnh'],
  ['1.009975', 'Gia hạn giấy phép xây dựng', 'XD', [SO_XAY_DUNG], 5, 15000, 'Giấy phép xây dựng được gia hạn'],
  ['1.009976', 'Cấp lại giấy phép xây dựng', 'XD', [SO_XAY_DUNG], 5, 15000, 'Giấy phép xây dựng được cấp lại'],
  ['1.009974', 'Cấp giấy phép di dời công trình', 'XD', [SO_XAY_DUNG], 20, 75000, 'Giấy phép di dời công trình'],
  ['1.012756', 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu', 'DD', COMMUNES, 20, 0, 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất'],
  ['2.000720', 'Đăng ký thành lập hộ kinh doanh', 'HKD', COMMUNES, 3, 100000, 'Giấy chứng nhận đăng ký hộ kinh doanh'],
  ['1.001776', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng', 'BTXH', COMMUNES, 15, 0, 'Quyết định hưởng, điều chỉnh hoặc thôi hưởng trợ cấp xã hội'],
  ['2.000305', 'Cấp bản sao có chứng thực từ sổ gốc', 'CT', COMMUNES, 1, 8000, 'Bản sao có chứng thực từ sổ gốc'],
];

/** Information-only records (mức độ 2): published with their decision, no process or form. */
export const demoInformationProcedures: ProcedureInput[] = INFO_ONLY.map(([code, name, sectorCode, agencyCodes, days, fee, result]) => ({
  code,
  name,
  sectorCode,
  agencyCodes,
  steps: 'Nộp hồ sơ trực tiếp tại Bộ phận Một cửa hoặc qua bưu chính công ích; nhận kết quả theo giấy hẹn.',
  methods: [{ channel: 'counter' }, { channel: 'postal' }],
  components: [{ code: 'TO_KHAI', name: 'Tờ khai, đơn đề nghị theo mẫu', originals: 1, copies: 0, required: true }],
  processingTime: { value: days, unit: 'working_days' },
  applicants: 'Cá nhân, tổ chức.',
  result,
  fees: [{ name: fee > 0 ? 'Phí, lệ phí' : 'Không thu phí, lệ phí', amount: fee }],
  serviceLevel: 'level2',
  postalAllowed: true,
}));
