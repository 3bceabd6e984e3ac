import { demoProcedures } from '../../processes';
import type { ProcedureInput } from './model';

/**
 * The demo province's catalogue: the procedures under processes/, which run on their own process
 * and e-form, and information-only records (mức độ 2) across other sectors and levels. Names, times, fees and
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

/** The procedures that run on a process: seeded as drafts, test-run, then published. */
export const demoRunnableProcedures: ProcedureInput[] = demoProcedures.map((procedure) => procedure.record);

type InfoOnly = [code: string, name: string, sectorCode: string, agencies: string[], days: number, fee: number, result: string];

const INFO_ONLY: InfoOnly[] = [
  ['1.001022', 'Đăng ký kết hôn', 'HT', COMMUNES, 1, 0, 'Giấy chứng nhận kết hôn'],
  ['1.000656', 'Đăng ký khai tử', 'HT', COMMUNES, 1, 0, 'Trích lục khai tử'],
  ['1.001766', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'HT', COMMUNES, 3, 0, 'Giấy xác nhận tình trạng hôn nhân'],
  ['1.004873', 'Cấp bản sao Trích lục hộ tịch', 'HT', COMMUNES, 1, 8000, 'Bản sao Trích lục hộ tịch'],
  ['1.000689', 'Đăng ký nhận cha, mẹ, con', 'HT', COMMUNES, 3, 0, 'Trích lục đăng ký nhận cha, mẹ, con'],
  ['2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'CT', COMMUNES, 1, 10000, 'Giấy tờ, văn bản được chứng thực chữ ký'],
  ['2.001035', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản', 'CT', COMMUNES, 2, 50000, 'Hợp đồng, giao dịch được chứng thực'],
  ['1.009972', 'Cấp giấy phép xây dựng sửa chữa, cải tạo công trình', 'XD', [SO_XAY_DUNG], 20, 75000, 'Giấy phép xây dựng'],
  ['1.009973', 'Cấp điều chỉnh giấy phép xây dựng', 'XD', [SO_XAY_DUNG], 20, 75000, 'Giấy phép xây dựng điều chỉnh'],
  ['1.009975', 'Gia hạn giấy phép xây dựng', 'XD', [SO_XAY_DUNG], 5, 15000, 'Giấy phép xây dựng được gia hạn'],
  ['1.009976', 'Cấp lại giấy phép xây dựng', 'XD', [SO_XAY_DUNG], 5, 15000, 'Giấy phép xây dựng được cấp lại'],
  ['1.009974', 'Cấp giấy phép di dời công trình', 'XD', [SO_XAY_DUNG], 20, 75000, 'Giấy phép di dời công trình'],
  ['1.012756', 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu', 'DD', COMMUNES, 20, 0, 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất'],
  ['1.001776', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng', 'BTXH', COMMUNES, 15, 0, 'Quyết định hưởng, điều chỉnh hoặc thôi hưởng trợ cấp xã hội'],
  ['2.000505', 'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội', 'LLTP', [SO_TU_PHAP], 10, 0, 'Phiếu lý lịch tư pháp'],
  ['2.000575', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'HKD', COMMUNES, 3, 50000, 'Giấy chứng nhận đăng ký hộ kinh doanh'],
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
