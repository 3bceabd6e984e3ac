import { DateTime } from 'luxon';
import { VIETNAM_TIME_ZONE } from '../calendar/local-time';

/**
 * A dossier in the words a citizen reads (REQUIREMENTS C3, C4; "Vietnamese, plain words"): what
 * the status means for them, what to do next, and the history without the back office's jargon.
 */

export const CITIZEN_STATUS: Record<string, { label: string; explanation: string }> = {
  submitted: { label: 'Đã nộp, chờ tiếp nhận', explanation: 'Bộ phận Một cửa sẽ kiểm tra và tiếp nhận hồ sơ trong giờ làm việc. Ngày hẹn trả được tính từ lúc tiếp nhận.' },
  processing: { label: 'Đang giải quyết', explanation: 'Cơ quan đang xem xét hồ sơ. Bạn sẽ được báo khi có kết quả.' },
  supplement_requested: { label: 'Cần bổ sung hồ sơ', explanation: 'Cơ quan cần bạn bổ sung giấy tờ. Xem nội dung cần bổ sung và gửi lại; thời hạn giải quyết tạm dừng cho đến khi bạn bổ sung.' },
  refused: { label: 'Không được tiếp nhận', explanation: 'Hồ sơ không được tiếp nhận. Xem lý do bên dưới; bạn có thể nộp hồ sơ mới sau khi hoàn thiện.' },
  result_ready: { label: 'Đã có kết quả', explanation: 'Hồ sơ đã có kết quả giải quyết.' },
  returned: { label: 'Đã trả kết quả', explanation: 'Hồ sơ đã hoàn thành và đã trả kết quả cho bạn.' },
  not_resolved: { label: 'Không giải quyết', explanation: 'Cơ quan đã trả lời bằng văn bản và nêu rõ lý do không giải quyết.' },
  withdrawn: { label: 'Đã rút hồ sơ', explanation: 'Hồ sơ đã được rút theo đề nghị của bạn.' },
  stopped: { label: 'Đã dừng xử lý', explanation: 'Cơ quan đã dừng xử lý hồ sơ và thông báo lý do.' },
};

export const RESULT_DELIVERY: Record<string, { label: string; whenReady: string }> = {
  counter: { label: 'Nhận tại Bộ phận Một cửa', whenReady: 'Mời bạn đến Bộ phận Một cửa nhận kết quả, mang theo giấy tiếp nhận hồ sơ và giấy tờ tùy thân.' },
  postal: { label: 'Nhận qua bưu chính công ích', whenReady: 'Kết quả sẽ được gửi qua bưu chính công ích đến địa chỉ của bạn.' },
  online: { label: 'Nhận kết quả điện tử', whenReady: 'Bạn có thể tải kết quả điện tử có chữ ký số ngay trên trang này.' },
};

export const CHANNEL_LABELS: Record<string, string> = {
  online: 'Nộp trực tuyến', counter: 'Nộp tại Bộ phận Một cửa', postal: 'Nộp qua bưu chính công ích',
};

export const TIMELINESS_LABELS: Record<string, string> = {
  early: 'Có kết quả trước hạn', on_time: 'Có kết quả đúng hạn', late: 'Có kết quả trễ hạn', overdue: 'Đã quá ngày hẹn trả',
};

/** Statuses after which the dossier may be rated (C7: once, after the result). */
export const RATEABLE_STATUSES = ['result_ready', 'returned', 'not_resolved'];
/** Statuses in which the dossier is still open. */
export const OPEN_STATUSES = ['submitted', 'processing', 'supplement_requested'];

export function citizenStatus(status: string, resultDelivery: string | null) {
  const known = CITIZEN_STATUS[status] ?? { label: 'Đang cập nhật', explanation: 'Hồ sơ đang được cập nhật.' };
  if (status === 'result_ready') return { ...known, explanation: RESULT_DELIVERY[resultDelivery ?? 'counter']?.whenReady ?? known.explanation };
  return known;
}

/** dd/mm/yyyy lúc hh:mm, as notices write dates. */
export function readableTime(iso: unknown): string | null {
  if (typeof iso !== 'string') return null;
  const time = DateTime.fromISO(iso, { zone: VIETNAM_TIME_ZONE });
  return time.isValid ? time.toFormat("dd/MM/yyyy 'lúc' HH:mm") : null;
}

export interface HistoryEvent {
  kind: string;
  /** The action a completed step took (request_supplement, refuse, …). */
  action: string | null;
  comment: string | null;
  data: Record<string, unknown> | null;
  taskName: string | null;
}

/**
 * A request to supplement: its own history entry, or a step completed with that action (the
 * internal process asks for the papers from any step that offers `request_supplement`).
 */
export function isSupplementRequest(event: Pick<HistoryEvent, 'kind' | 'action'>): boolean {
  return event.kind === 'supplement_requested' || (event.kind === 'task_completed' && event.action === 'request_supplement');
}

const itemsOf = (data: Record<string, unknown> | null): string[] =>
  (Array.isArray(data?.items) ? data.items.filter((item): item is string => typeof item === 'string') : []);

/**
 * One event of the dossier's history as the applicant reads it, or null for the back office's
 * internal steps (timers, consultations between agencies, field visits) and officers' notes.
 */
export function citizenHistoryEntry(event: HistoryEvent): { title: string; detail: string | null } | null {
  if (isSupplementRequest(event)) {
    const items = itemsOf(event.data);
    const list = items.length ? ` Cần bổ sung: ${items.join('; ')}.` : '';
    return { title: 'Cơ quan yêu cầu bổ sung hồ sơ', detail: `${event.comment ?? ''}${list}`.trim() || null };
  }
  if (event.kind === 'task_completed' && event.action === 'refuse') return { title: 'Cơ quan không giải quyết hồ sơ', detail: event.comment };
  switch (event.kind) {
    case 'submitted':
      return { title: 'Hồ sơ đã được nộp trực tuyến', detail: null };
    case 'received': {
      const due = readableTime(event.data?.dueAt);
      return { title: 'Bộ phận Một cửa đã tiếp nhận hồ sơ', detail: due ? `Ngày hẹn trả kết quả: ${due}.` : null };
    }
    case 'refused':
      return { title: 'Hồ sơ không được tiếp nhận', detail: event.comment };
    case 'supplement_received':
      return { title: 'Hồ sơ đã được bổ sung, tiếp tục giải quyết', detail: null };
    case 'task_completed':
      return { title: event.taskName ? `Đã xong bước: ${event.taskName}` : 'Hồ sơ đã được chuyển sang bước tiếp theo', detail: null };
    case 'extended': {
      const due = readableTime(event.data?.newDueAt);
      return { title: 'Cơ quan xin lỗi và hẹn lại ngày trả kết quả', detail: [event.comment, due ? `Ngày hẹn trả mới: ${due}.` : null].filter(Boolean).join(' ') || null };
    }
    case 'result_ready':
      return { title: 'Hồ sơ đã có kết quả', detail: null };
    case 'result_returned':
      return { title: 'Đã trả kết quả', detail: RESULT_DELIVERY[String(event.data?.method ?? '')]?.label ?? null };
    case 'withdrawn':
      return { title: 'Hồ sơ đã được rút', detail: event.comment };
    case 'stopped':
      return { title: 'Hồ sơ dừng xử lý', detail: event.comment };
    default:
      return null;
  }
}
