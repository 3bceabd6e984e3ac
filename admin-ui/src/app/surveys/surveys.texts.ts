/** Text of the survey campaign screens (khảo sát mức độ hài lòng theo đợt). */
export const SURVEY_TEXTS = {
  title: 'Khảo sát mức độ hài lòng',
  intro: 'Các đợt khảo sát ý kiến người dân, doanh nghiệp về cơ quan của bạn. Người dân trả lời trên Cổng Dịch vụ công, mỗi người một lần cho mỗi đợt.',
  create: 'Tạo đợt khảo sát',
  refresh: 'Tải lại',
  campaign: 'Đợt khảo sát',
  runBy: 'Đơn vị tổ chức',
  period: 'Thời gian',
  status: 'Tình trạng',
  responses: 'Số phiếu',
  actions: 'Thao tác',
  results: 'Xem kết quả',
  close: 'Kết thúc',
  closeConfirm: (title: string) => `Kết thúc đợt khảo sát “${title}” ngay bây giờ? Người dân sẽ không trả lời được nữa; kết quả đã có được giữ nguyên.`,
  closed: (title: string) => `Đã kết thúc đợt khảo sát “${title}”.`,
  created: (title: string) => `Đã tạo đợt khảo sát “${title}”.`,
  loading: 'Đang tải…',
  empty: 'Chưa có đợt khảo sát nào liên quan đến cơ quan của bạn.',
  caption: (count: number) => `${count} đợt khảo sát`,
  periodText: (from: string, to: string) => `${from} – ${to}`,
  // The form
  formTitle: 'Tạo đợt khảo sát',
  titleLabel: 'Tên đợt khảo sát',
  description: 'Lời giới thiệu cho người dân',
  agency: 'Đơn vị tổ chức',
  wholeProvince: 'Toàn tỉnh (mọi cơ quan)',
  agencyHint: 'Người dân chọn đánh giá đơn vị này hoặc một cơ quan trực thuộc.',
  startsOn: 'Ngày bắt đầu',
  endsOn: 'Ngày kết thúc',
  questions: 'Câu hỏi',
  questionsHint: 'Mỗi dòng một câu hỏi; người dân chấm từ 1 (Rất không hài lòng) đến 5 (Rất hài lòng). Để trống để dùng các tiêu chí đánh giá đang áp dụng.',
  save: 'Tạo đợt khảo sát',
  saving: 'Đang lưu…',
  cancel: 'Hủy',
  // Results
  back: 'Danh sách đợt khảo sát',
  totals: 'Tổng hợp',
  average: 'Điểm trung bình',
  satisfiedRate: 'Tỉ lệ hài lòng',
  satisfiedHint: 'Tỉ lệ phiếu có điểm trung bình từ 4 (Hài lòng) trở lên.',
  byAgency: 'Kết quả theo cơ quan',
  byQuestion: 'Kết quả theo câu hỏi',
  question: 'Câu hỏi',
  agencyColumn: 'Cơ quan',
  comments: 'Ý kiến khác của người dân',
  noResponses: 'Chưa có phiếu trả lời nào.',
  scale: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  outOf5: '/5',
} as const;

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number | null): string {
  return value === null ? '—' : NUMBER.format(value);
}

export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${NUMBER.format(value)}%`;
}

/** 2026-03-31 → 31/03/2026. */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
