import { birthRegistration, certifiedCopy, constructionPermit, criminalRecord, householdBusiness, type DemoProcedure } from '../../processes';

type Form = Record<string, unknown>;

/** One thing a demo officer (or citizen) does to a dossier, in the order the procedure's process asks for it. */
export type Move =
  | { by: string; act: string; comment?: string; fill?: (form: Form, on: string, n: number) => Form; assignTo?: string }
  | { by: string; returnBy: 'counter' | 'postal' | 'online' }
  | { by: string; withdraw: string }
  | { by: string; receive: true };

/** A dossier of the demo: received `daysAgo` working days ago, then moved along `moves`, one every `gapHours` working hours. */
export interface Script {
  procedure: DemoProcedure;
  sample: number;
  daysAgo: number;
  gapHours: number;
  /** Who brings it in: a desk or postal officer, or a demo citizen (by their login at the demo identity provider) online. */
  from: string | { citizen: string };
  moves: Move[];
}

const construction: Move[] = [
  { by: 'truongphong', act: 'assign', comment: 'Giao chị Mai thẩm định, kiểm tra thực địa.', assignTo: 'chuyenvien' },
  {
    by: 'chuyenvien', act: 'submit', comment: 'Hồ sơ đủ điều kiện; trình dự thảo giấy phép.',
    fill: (form, on) => ({ ...form, appraisal: { inspectedOn: on, conclusion: 'eligible', opinion: 'Công trình phù hợp quy hoạch chi tiết, bảo đảm khoảng lùi theo quy định.' } }),
  },
  { by: 'truongphong', act: 'approve' },
  { by: 'lanhdao', act: 'approve' },
  { by: 'vanthu', act: 'complete' },
  { by: 'motcua', returnBy: 'counter' },
];
const constructionSupplement: Move[] = [
  construction[0],
  { by: 'chuyenvien', act: 'request_supplement', comment: 'Thiếu bản vẽ mặt cắt công trình.' },
  { by: 'truongphong', act: 'request_supplement', comment: 'Đề nghị chủ đầu tư bổ sung bản vẽ mặt cắt công trình.' },
];
const household: Move[] = [
  {
    by: 'kinhte', act: 'submit', comment: 'Hồ sơ hợp lệ, trình ký Giấy chứng nhận.',
    fill: (form, on, n) => ({ ...form, registration: { number: `94A${8000000 + n}`, registeredOn: on } }),
  },
  { by: 'chutichxa', act: 'approve' },
  { by: 'motcuaxa', returnBy: 'counter' },
];
const copy: Move[] = [{ by: 'motcuaxa', act: 'complete' }, { by: 'motcuaxa', returnBy: 'counter' }];
const criminal: Move[] = [
  { by: 'lltp', act: 'submit', comment: 'Đề nghị Công an tỉnh tra cứu thông tin án tích.' },
  { by: 'congan', act: 'complete', comment: 'Không có thông tin án tích.', fill: (form, on) => ({ ...form, policeReply: { checkedOn: on, hasConviction: false } }) },
  { by: 'lltp', act: 'submit', fill: (form, on, n) => ({ ...form, certificate: { number: `${1000 + n}/STP-LLTP`, issuedOn: on } }) },
  { by: 'lanhdaotp', act: 'approve' },
  { by: 'vanthutp', act: 'complete' },
  { by: 'motcuatp', returnBy: 'postal' },
];
const birth: Move[] = [
  { by: 'hotich', act: 'submit', fill: (form, on, n) => ({ ...form, registration: { number: String(100 + n), book: '01/2026', registeredOn: on } }) },
  { by: 'chutichxa', act: 'approve' },
  { by: 'motcuaxa', returnBy: 'counter' },
];

const script = (procedure: DemoProcedure, from: Script['from'], sample: number, daysAgo: number, gapHours: number, moves: Move[]): Script =>
  ({ procedure, from, sample, daysAgo, gapHours, moves });

/**
 * The demo's dossiers: every state an officer meets. Some are returned early or on time, some
 * wait at each step, some are overdue, one waits for a supplement, some were refused or
 * withdrawn, and a few citizens' online submissions wait in the reception queue.
 */
export const DEMO_DOSSIER_SCRIPTS: Script[] = [
  script(constructionPermit, 'motcua', 0, 14, 12, construction),
  script(constructionPermit, 'motcua', 1, 12, 8, construction),
  script(constructionPermit, 'buuchinh', 2, 16, 20, construction.slice(0, 5)),
  script(constructionPermit, 'motcua', 0, 17, 30, construction.slice(0, 3)),
  script(constructionPermit, 'motcua', 2, 9, 10, construction.slice(0, 4)),
  script(constructionPermit, 'motcua', 1, 6, 4, [{ by: 'truongphong', act: 'assign', comment: 'Giao anh Bình thẩm định.', assignTo: 'chuyenvien2' }]),
  script(constructionPermit, 'buuchinh', 2, 2, 4, construction.slice(0, 1)),
  script(constructionPermit, 'motcua', 0, 1, 4, []),
  script(constructionPermit, 'motcua', 1, 5, 6, constructionSupplement),
  script(constructionPermit, 'motcua', 2, 4, 6, [construction[0], { by: 'motcua', withdraw: 'Chủ đầu tư có đơn xin rút hồ sơ để điều chỉnh thiết kế.' }]),
  script(constructionPermit, { citizen: '001085012345' }, 0, 0, 2, []),
  script(householdBusiness, { citizen: '092192004567' }, 1, 1, 2, []),
  script(criminalRecord, { citizen: '094201007890' }, 1, 3, 3, [{ by: 'motcuatp', receive: true }]),
  script(householdBusiness, 'motcuaxa', 0, 8, 6, household),
  script(householdBusiness, 'motcuaxa', 2, 6, 4, household),
  script(householdBusiness, 'motcuaxa', 1, 2, 6, household.slice(0, 1)),
  script(householdBusiness, 'motcuaxa', 2, 0, 2, []),
  script(householdBusiness, 'motcuaxa', 0, 3, 3, [{ by: 'kinhte', act: 'request_supplement', comment: 'Bổ sung biên bản họp thành viên hộ gia đình.' }]),
  script(householdBusiness, 'motcuaxa', 1, 5, 5, [{ by: 'kinhte', act: 'refuse', comment: 'Tên hộ kinh doanh trùng với hộ kinh doanh đã đăng ký trên địa bàn xã.' }]),
  ...[9, 7, 4, 2, 1].map((days, i) => script(certifiedCopy, 'motcuaxa', i % 3, days, 0.25, copy)),
  script(certifiedCopy, 'motcuaxa', 1, 3, 0.25, [{ by: 'motcuaxa', act: 'refuse', comment: 'Bản chính bị tẩy xóa, sửa chữa nội dung.' }]),
  script(criminalRecord, 'motcuatp', 0, 12, 10, criminal),
  script(criminalRecord, 'motcuatp', 1, 8, 4, criminal.slice(0, 1)),
  script(criminalRecord, 'motcuatp', 0, 2, 4, criminal.slice(0, 1)),
  script(criminalRecord, 'motcuatp', 1, 7, 12, criminal.slice(0, 2)),
  script(criminalRecord, 'motcuatp', 0, 5, 8, criminal.slice(0, 3)),
  script(criminalRecord, 'motcuatp', 1, 0, 2, []),
  script(birthRegistration, 'motcuaxa', 0, 3, 2, birth),
  script(birthRegistration, 'motcuaxa', 1, 1, 3, birth),
  script(birthRegistration, 'motcuaxa', 0, 0, 1, birth.slice(0, 1)),
  script(birthRegistration, 'motcuaxa', 1, 0, 1, []),
];
