import type { DossierRecord } from '../dossier-access';
import { placeName } from '../dossier-access';
import { asDate } from '../sql-dates';
import type { DossierEvent, DossierStep, ProcedureFacts } from './dossier-facts';
import type { NoticeTemplate } from './template-store';

/** Labels printed on notices; the codes are the API's (API.md). */
const STATUS_LABELS: Record<string, string> = {
  submitted: 'Đã nộp trực tuyến, chờ tiếp nhận', processing: 'Đang giải quyết', supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  refused: 'Từ chối tiếp nhận', result_ready: 'Đã có kết quả, chờ trả', returned: 'Đã trả kết quả', not_resolved: 'Không giải quyết',
  withdrawn: 'Đã rút hồ sơ', stopped: 'Dừng xử lý',
};
const CHANNEL_LABELS: Record<string, string> = { online: 'Trực tuyến', counter: 'Trực tiếp', postal: 'Qua dịch vụ bưu chính công ích' };
const DELIVERY_LABELS: Record<string, string> = {
  counter: 'Bộ phận Tiếp nhận và Trả kết quả', postal: 'Địa chỉ đăng ký, qua dịch vụ bưu chính công ích', online: 'Trực tuyến, trên Cổng Dịch vụ công',
};

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;

/** What every notice knows besides the dossier: its number, its QR images, the time of issue. */
export interface IssueFacts {
  number: string | null;
  issuedAt: Date;
  trackingUrl: string;
  trackingQr: string;
  register: { book: string; number: number } | null;
  verification: { id: string; url: string; qr: string } | null;
}

/** Items of a supplement request: `data.items` as text, or `data.components` as text or `{name}`. */
function eventItems(data: Record<string, unknown> | null): string[] {
  const list = (data?.items ?? data?.components) as unknown;
  if (!Array.isArray(list)) return [];
  return list.map((item) => (typeof item === 'string' ? item : String((item as { name?: unknown })?.name ?? ''))).filter(Boolean);
}

/** Events that open a new round of the same request: a supplement asked after the papers came is a new request. */
const ROUND_BREAKS = new Set(['received', 'supplement_received']);

/**
 * The events of the same kind and action as `event` in its round, oldest first: a request to
 * supplement proposed by the specialist and confirmed by the head is one request in two steps.
 */
function roundOf(event: DossierEvent, events: DossierEvent[]): DossierEvent[] {
  const upTo = events.slice(0, events.indexOf(event) + 1);
  const start = upTo.map((e) => ROUND_BREAKS.has(e.kind)).lastIndexOf(true) + 1;
  return upTo.slice(start).filter((e) => e.kind === event.kind && e.action === event.action);
}

function eventContext(event: DossierEvent | null, events: DossierEvent[], dossier: DossierRecord) {
  if (!event) return null;
  const data = event.data ?? {};
  const round = roundOf(event, events);
  // Listed items win; otherwise the first step of a multi-step request says what is asked.
  const items = eventItems(event.data).length ? eventItems(event.data) : round.length > 1 && round[0].comment ? [round[0].comment] : [];
  return {
    id: event.id, kind: event.kind, action: event.action, at: event.at, actorName: event.actorName, comment: event.comment, data,
    items, round: round.map((e) => ({ at: e.at, actorName: e.actorName, comment: e.comment })),
    deadline: asDate(data.deadline),
    previousDueAt: asDate(data.previousDueAt),
    newDueAt: asDate(data.newDueAt) ?? dossier.dueAt,
  };
}

function timelinessLabel(doneAt: Date | null, dueAt: Date | null, now: Date, status: string): string {
  if (status === 'cancelled') return 'Không thực hiện';
  if (!dueAt) return doneAt ? 'Đã xử lý' : 'Đang xử lý';
  if (!doneAt) return dueAt < now ? 'Quá hạn (đang xử lý)' : 'Đang xử lý';
  if (doneAt > dueAt) return 'Quá hạn';
  return dueAt.getTime() - doneAt.getTime() >= 24 * 3600_000 ? 'Trước hạn' : 'Đúng hạn';
}

/** Every step with its officer and its received, due and done times (Phiếu kiểm soát, D5). */
function controlSteps(dossier: DossierRecord, steps: DossierStep[], events: DossierEvent[], now: Date) {
  const rows = [];
  if (dossier.receivedAt) {
    rows.push({
      name: 'Tiếp nhận hồ sơ', unit: 'Bộ phận Tiếp nhận và Trả kết quả', officer: dossier.receivedByName, receivedAt: dossier.submittedAt ?? dossier.receivedAt,
      dueAt: null, doneAt: dossier.receivedAt, timelinessLabel: 'Đã tiếp nhận', note: CHANNEL_LABELS[dossier.channel] ?? null,
    });
  }
  for (const step of steps) {
    const done = step.completedAt
      ? events.find((e) => e.kind === 'task_completed' && e.taskKey === step.taskKey && e.at.getTime() === step.completedAt!.getTime())
      : undefined;
    rows.push({
      name: step.name, unit: step.department, officer: step.officer, receivedAt: step.createdAt, dueAt: step.dueAt, doneAt: step.completedAt,
      timelinessLabel: timelinessLabel(step.completedAt, step.dueAt, now, step.status), note: done?.comment ?? null,
    });
  }
  const returned = [...events].reverse().find((e) => e.kind === 'result_returned');
  if (returned) {
    rows.push({
      name: 'Trả kết quả', unit: 'Bộ phận Tiếp nhận và Trả kết quả', officer: returned.actorName, receivedAt: dossier.resolvedAt, dueAt: dossier.dueAt,
      doneAt: returned.at, timelinessLabel: timelinessLabel(dossier.resolvedAt, dossier.dueAt, now, 'completed'), note: returned.comment,
    });
  }
  return rows;
}

/** The components handed in: those with files, named as the catalogue names them; else the procedure's list. */
function components(procedure: ProcedureFacts | null, files: Map<string, string[]>) {
  const named = new Map((procedure?.components ?? []).map((c) => [c.code, c]));
  if (files.size) {
    return [...files.entries()].map(([code, names]) => ({ code, name: named.get(code)?.name ?? code, required: named.get(code)?.required ?? false, files: names }));
  }
  return (procedure?.components ?? []).map((c) => ({ code: c.code, name: c.name, required: c.required ?? false, files: [] as string[] }));
}

export interface DossierNoticeInputs {
  template: NoticeTemplate;
  dossier: DossierRecord;
  event: DossierEvent | null;
  events: DossierEvent[];
  steps: DossierStep[];
  procedure: ProcedureFacts | null;
  files: Map<string, string[]>;
  coordinating: string[];
  issue: IssueFacts;
  now: Date;
}

/**
 * The context a dossier notice template sees (documented in docs/documents.md). Dates stay
 * Date objects; the templates format them with the Vietnamese date helpers.
 */
export function dossierNoticeContext(input: DossierNoticeInputs) {
  const { template, dossier, procedure, issue } = input;
  return {
    notice: {
      kind: template.kind, title: template.title, version: template.version, number: issue.number, issuedAt: issue.issuedAt,
      paper: template.paper, landscape: template.landscape,
    },
    place: placeName(dossier.agency.rootName),
    agency: { code: dossier.agency.code, name: dossier.agency.name, parentName: dossier.agency.parentName, phone: null },
    dossier: {
      code: dossier.code, procedureCode: dossier.procedureCode, procedureName: dossier.procedureName, sectorName: dossier.sectorName,
      channel: dossier.channel, channelLabel: CHANNEL_LABELS[dossier.channel] ?? dossier.channel, status: dossier.status,
      statusLabel: statusLabel(dossier.status), submittedAt: dossier.submittedAt, receivedAt: dossier.receivedAt, dueAt: dossier.dueAt,
      resolvedAt: dossier.resolvedAt, completedAt: dossier.completedAt, resultDelivery: dossier.resultDelivery,
      resultDeliveryLabel: DELIVERY_LABELS[dossier.resultDelivery ?? 'counter'] ?? DELIVERY_LABELS.counter,
      processingTime: procedure?.processingTime ?? null, legalBasis: procedure?.legalBasis?.replace(/[\s.;,]+$/, '') || null,
    },
    applicant: dossier.applicant,
    receivedBy: dossier.receivedByName,
    components: components(procedure, input.files),
    event: eventContext(input.event, input.events, dossier),
    events: input.events,
    steps: controlSteps(dossier, input.steps, input.events, input.now),
    coordinating: input.coordinating,
    tracking: { url: issue.trackingUrl, qr: issue.trackingQr },
    register: issue.register,
    verification: issue.verification,
  };
}
