/** How close a task is to its due time: the inbox colours rows by it. */
export type Urgency = 'overdue' | 'due_soon' | 'on_time' | 'no_deadline';

/** Under this much time left, a task is "sắp đến hạn". */
export const DUE_SOON_MS = 24 * 3600 * 1000;

export function urgencyOf(dueAt: string | null, now: number): Urgency {
  if (!dueAt) return 'no_deadline';
  const left = Date.parse(dueAt) - now;
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'due_soon' : 'on_time';
}

export const URGENCY_LABELS: Record<Urgency, string> = {
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  on_time: 'Trong hạn',
  no_deadline: 'Không có hạn',
};

/** "còn 2 ngày 3 giờ", "quá hạn 45 phút": calendar time, the due date itself counts working time. */
export function describeTimeLeft(dueAt: string | null, now: number): string {
  if (!dueAt) return '—';
  const diff = Date.parse(dueAt) - now;
  const minutes = Math.max(1, Math.floor(Math.abs(diff) / 60000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = days ? [`${days} ngày`, ...(hours ? [`${hours} giờ`] : [])] : hours ? [`${hours} giờ`] : [`${minutes % 60} phút`];
  return `${diff < 0 ? 'Quá hạn' : 'Còn'} ${parts.join(' ')}`;
}

const FORMAT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric',
});

export function formatDateTime(value: string | null): string {
  return value ? FORMAT.format(new Date(value)) : '—';
}
