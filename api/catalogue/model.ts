import type { FormDefinition } from '../../forms';

/**
 * The procedure record (thủ tục hành chính, TTHC) as the Sóc Trăng regulation lists its parts
 * (QĐ 2019 tỉnh Sóc Trăng, Điều 8.2; NĐ 63/2010/NĐ-CP, Điều 8): every type here is plain JSON.
 */

/** Thời hạn giải quyết: counted in working days or working hours from reception. */
export interface WorkingDuration {
  value: number;
  unit: 'working_days' | 'working_hours';
}

/** One working day is 7.5 working hours (07:30-11:30 and 13:30-17:00, the standard office day). */
export const HOURS_PER_WORKING_DAY = 7.5;

export function toWorkingHours(duration: WorkingDuration): number {
  return duration.unit === 'working_days' ? duration.value * HOURS_PER_WORKING_DAY : duration.value;
}

/**
 * Mức độ dịch vụ công trực tuyến: toàn trình or một phần (NĐ 42/2022/NĐ-CP), offline, or the older
 * levels 2/3/4 (NĐ 43/2011/NĐ-CP) kept for records migrated from older systems.
 */
export const SERVICE_LEVELS = ['full_online', 'partial_online', 'offline', 'level2', 'level3', 'level4'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** Cách thức thực hiện: a channel, and what it changes (a shorter time online, for instance). */
export interface ProcedureMethod {
  channel: 'counter' | 'postal' | 'online';
  description?: string;
  processingTime?: WorkingDuration;
}

/** Thành phần hồ sơ: one document of the dossier, with how many originals and copies. */
export interface DossierComponent {
  code: string;
  name: string;
  originals: number;
  copies: number;
  /** Mẫu đơn, tờ khai: the name of the official template, when the component has one. */
  formTemplate?: string | null;
  required: boolean;
}

/** Phí, lệ phí, in đồng. */
export interface Fee {
  name: string;
  amount: number;
  note?: string;
}

/** Quyết định công bố (or bãi bỏ): the decision by which a version takes or loses effect. */
export interface Decision {
  number: string;
  /** YYYY-MM-DD */
  date: string;
}

/**
 * Lifecycle (REQUIREMENTS A4): draft → in_review → published → superseded (by an amendment) or
 * abolished. Only a draft may be edited; a version once published never changes.
 */
export type VersionStatus = 'draft' | 'in_review' | 'published' | 'superseded' | 'abolished';

/** What a client sends to draft a version; the fields of A3. */
export interface ProcedureInput {
  code: string;
  name: string;
  sectorCode: string;
  agencyCodes: string[];
  steps?: string;
  methods?: ProcedureMethod[];
  components?: DossierComponent[];
  processingTime: WorkingDuration;
  applicants?: string;
  result?: string;
  fees?: Fee[];
  conditions?: string;
  legalBasis?: string;
  serviceLevel: ServiceLevel;
  postalAllowed?: boolean;
  immediateResult?: boolean;
  crossBoundary?: boolean;
  processKey?: string | null;
  processVersion?: number | null;
  /** A bare JSON Schema or a whole form definition (schema, layout, views, components). */
  formSchema?: unknown;
  decision?: Decision | null;
}

/** One version as stored and as the API returns it. */
export interface ProcedureVersion {
  id: number;
  procedureId: number;
  code: string;
  version: number;
  status: VersionStatus;
  /** Bumped on every edit of a draft; a test run counts only for the revision it ran on. */
  revision: number;
  name: string;
  sectorCode: string;
  sectorName: string;
  agencyCodes: string[];
  steps: string;
  methods: ProcedureMethod[];
  components: DossierComponent[];
  processingTime: WorkingDuration;
  applicants: string;
  result: string;
  fees: Fee[];
  conditions: string;
  legalBasis: string;
  serviceLevel: ServiceLevel;
  postalAllowed: boolean;
  immediateResult: boolean;
  crossBoundary: boolean;
  processKey: string | null;
  processVersion: number | null;
  form: FormDefinition | null;
  decision: Decision | null;
  reviewNote: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  abolition: Decision | null;
  abolishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Open versions are the ones still being written; at most one per procedure. */
export const OPEN_STATUSES: readonly VersionStatus[] = ['draft', 'in_review'];

/** Versions that were once in force: dossiers may point at them for ever. */
export const ISSUED_STATUSES: readonly VersionStatus[] = ['published', 'superseded', 'abolished'];
