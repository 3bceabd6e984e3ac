import { longDate, longDateTime } from '../documents/notices/vietnamese-dates';
import type { NotificationKind } from './moments';

/** What a notice says about the dossier, read when it is sent. */
export interface NoticeFacts {
  code: string;
  applicantName: string;
  procedureName: string;
  agencyName: string;
  dueAt: Date | null;
  /** The officer's words recorded with the step: the reason for a supplement, a refusal, a delay. */
  comment: string | null;
  trackingUrl: string;
}

/** One notice in two lengths: a letter for e-mail, and a line for SMS and Zalo. */
export interface NoticeText {
  subject: string;
  body: string;
  short: string;
}

const reason = (facts: NoticeFacts) => (facts.comment ? ` Lý do: ${facts.comment.trim().replace(/\.?$/, '.')}` : '');

/** The sentence each kind adds, and its subject; in the words of the official notices (TT 01/2018/TT-VPCP). */
const WORDING: Record<NotificationKind, { subject: string; sentence: (facts: NoticeFacts) => string }> = {
  received: {
    subject: 'đã được tiếp nhận',
    sentence: (f) => `${f.agencyName} đã tiếp nhận hồ sơ.${f.dueAt ? ` Thời gian hẹn trả kết quả: ${longDateTime(f.dueAt)}.` : ''}`,
  },
  supplement_requested: {
    subject: 'cần bổ sung, hoàn thiện',
    sentence: (f) => `Hồ sơ cần được bổ sung, hoàn thiện.${reason(f)} Thời hạn giải quyết tạm dừng cho đến khi nhận đủ giấy tờ bổ sung.`,
  },
  refused: {
    subject: 'không được tiếp nhận',
    sentence: (f) => `${f.agencyName} từ chối tiếp nhận hồ sơ.${reason(f)}`,
  },
  result_ready: {
    subject: 'đã có kết quả',
    sentence: () => 'Hồ sơ đã có kết quả giải quyết. Kết quả được trả theo hình thức ông/bà đã chọn khi nộp hồ sơ.',
  },
  not_resolved: {
    subject: 'không được giải quyết',
    sentence: (f) => `Hồ sơ không đủ điều kiện giải quyết.${reason(f)}`,
  },
  apology: {
    subject: 'xin lỗi và hẹn lại ngày trả kết quả',
    sentence: (f) => `${f.agencyName} xin lỗi vì hồ sơ chưa giải quyết xong đúng hẹn.${reason(f)}${f.dueAt ? ` Ngày hẹn trả kết quả mới: ${longDate(f.dueAt)}.` : ''}`,
  },
  stopped: {
    subject: 'đã dừng xử lý',
    sentence: (f) => `Hồ sơ đã dừng xử lý.${reason(f)}`,
  },
};

/** The notice of a kind for a dossier, in Vietnamese, with the link to follow the dossier without signing in (C3). */
export function noticeText(kind: NotificationKind, facts: NoticeFacts): NoticeText {
  const wording = WORDING[kind];
  const sentence = wording.sentence(facts);
  return {
    subject: `Hồ sơ ${facts.code} ${wording.subject}`,
    body: [
      `Kính gửi ông/bà ${facts.applicantName},`,
      '',
      `Hồ sơ số ${facts.code}, thủ tục "${facts.procedureName}":`,
      sentence,
      '',
      `Tra cứu tình trạng hồ sơ: ${facts.trackingUrl}`,
      '',
      `${facts.agencyName}`,
      'Đây là thư tự động, xin vui lòng không trả lời thư này.',
    ].join('\n'),
    short: `Hồ sơ ${facts.code}: ${sentence} Tra cứu: ${facts.trackingUrl}`,
  };
}
