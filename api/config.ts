import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** The platform's configuration, read once from the environment at start and passed down. */
export interface Config {
  port: number;
  host: string;
  /** Unset means: start an embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  bootstrapAdminPassword?: string;
  /** Enables POST /api/test/clock; never on in production. */
  testClock: boolean;
  /** Seeds the demo province on an empty database; on by default with the embedded database. */
  demo: boolean;
  logLevel: string;
  jwtSecret?: string;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: string[];
  /** Login attempts per minute and address before the rate limit answers 429. */
  authRateLimitPerMinute: number;
  publicUrl: string;
  /** Files, PDF rendering and attachments (api/documents). */
  documents: DocumentsConfig;
  /** API worker processes sharing the port, one per core at most (DESIGN.md decision 3). */
  workers: number;
  /**
   * Each worker's V8 old-space limit (MB). Left to itself V8 lets a busy worker's heap grow well
   * past what it uses before collecting; a limit keeps a worker's memory near its working set
   * *(bench/transitions.ts: about 250 MB instead of about 450 MB, at the same throughput)*.
   */
  workerHeapMb: number;
  /**
   * Live engines each API process keeps for the next step of recently touched dossiers (DESIGN.md
   * decision 3). A step on a hot engine costs about 2 ms of CPU instead of about 5 ms to recover
   * one; an engine holds 0.6–1.2 MB, so 64 take at most about 80 MB per process.
   */
  hotEngines: number;
  /** BENCH_ENGINE_BASELINE=1: task steps skip the engine (bench/transitions.ts's baseline); never in production. */
  benchEngineBaseline: boolean;
  /**
   * Citizen sign-in through OpenID Connect (VNeID / the national portal's SSO, REQUIREMENTS C1):
   * the national provider when OIDC_ISSUER is set; null otherwise.
   */
  citizenOidc: CitizenOidcConfig | null;
  /** Runs the local provider that plays VNeID under /demo-idp; on in demo mode without OIDC_ISSUER. */
  demoIdentityProvider: boolean;
  /** Thông báo cho người nộp hồ sơ (G1). */
  notifications: NotificationsConfig;
}

/** The channels that tell the applicant about their dossier, and how e-mail leaves the platform. */
export interface NotificationsConfig {
  /** NOTIFY_CHANNELS: any of email, sms, zalo; empty turns notifications off. */
  channels: NotificationChannelName[];
  /** SMTP_URL (smtp:// or smtps://, credentials in the URL); unset sends e-mail through the demo connector. */
  smtpUrl?: string;
  /** MAIL_FROM: the sender applicants see. */
  mailFrom: string;
}

export const NOTIFICATION_CHANNELS = ['email', 'sms', 'zalo'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];

export interface CitizenOidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes asked for at sign-in. */
  scope: string;
}

export class ConfigError extends Error {}

/** Where files live: local disk under DATA_DIR by default, an S3-compatible store when several nodes share work. */
export type StorageConfig =
  | { driver: 'local'; dir: string }
  | { driver: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };

export interface DocumentsConfig {
  storage: StorageConfig;
  /** CHROMIUM_PATH; unset tries the system's chromium, then @sparticuz/chromium. */
  chromiumPath?: string;
  /** Chromium pages kept open for PDF rendering. */
  pdfPoolSize: number;
  /** Chromium's memory (MB, all its processes) past which the PDF browser is replaced; unset: 200 + 100 per page. */
  pdfMemoryLimitMb?: number;
  /** Largest accepted attachment, in bytes (413 above it). */
  attachmentMaxBytes: number;
  /** Office formats the province accepts beside PDF, JPEG and PNG. */
  officeTypes: string[];
}

/** Office formats a province may enable with ATTACHMENT_OFFICE_TYPES. */
export const OFFICE_TYPES = ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'doc', 'xls'];

function documentsConfig(env: NodeJS.ProcessEnv, dataDir: string): DocumentsConfig {
  const driver = env.STORAGE_DRIVER || 'local';
  let storage: StorageConfig;
  if (driver === 'local') {
    storage = { driver, dir: resolve(env.STORAGE_DIR || resolve(dataDir, 'files')) };
  } else if (driver === 's3') {
    const missing = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
    if (missing.length) throw new ConfigError(`STORAGE_DRIVER=s3 cần đặt: ${missing.join(', ')}.`);
    if (!/^https?:\/\//.test(env.S3_ENDPOINT!)) throw new ConfigError('S3_ENDPOINT phải có dạng http(s)://máy[:cổng].');
    storage = {
      driver, endpoint: env.S3_ENDPOINT!.replace(/\/+$/, ''), bucket: env.S3_BUCKET!, region: env.S3_REGION || 'us-east-1',
      accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY!, forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE') ?? true,
    };
  } else {
    throw new ConfigError(`STORAGE_DRIVER phải là local hoặc s3, nhận được "${driver}".`);
  }
  const officeTypes = (env.ATTACHMENT_OFFICE_TYPES ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = officeTypes.filter((type) => !OFFICE_TYPES.includes(type));
  if (unknown.length) throw new ConfigError(`ATTACHMENT_OFFICE_TYPES chỉ nhận: ${OFFICE_TYPES.join(', ')}; không nhận: ${unknown.join(', ')}.`);
  return {
    storage,
    chromiumPath: env.CHROMIUM_PATH || undefined,
    pdfPoolSize: integer(env, 'PDF_POOL_SIZE', 2, 1, 16),
    pdfMemoryLimitMb: env.PDF_MEMORY_LIMIT_MB ? integer(env, 'PDF_MEMORY_LIMIT_MB', 0, 150, 65536) : undefined,
    attachmentMaxBytes: integer(env, 'ATTACHMENT_MAX_MB', 20, 1, 100) * 1024 * 1024,
    officeTypes,
  };
}

function notificationsConfig(env: NodeJS.ProcessEnv): NotificationsConfig {
  const channels = (env.NOTIFY_CHANNELS ?? NOTIFICATION_CHANNELS.join(',')).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = channels.filter((name) => !(NOTIFICATION_CHANNELS as readonly string[]).includes(name));
  if (unknown.length) throw new ConfigError(`NOTIFY_CHANNELS chỉ nhận: ${NOTIFICATION_CHANNELS.join(', ')}; không nhận: ${unknown.join(', ')}.`);
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) throw new ConfigError('SMTP_URL phải có dạng smtp(s)://người_dùng:mật_khẩu@máy:cổng.');
  return {
    channels: [...new Set(channels)] as NotificationChannelName[],
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Cổng Dịch vụ công <khong-tra-loi@dichvucong.local>',
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} phải là 1/0 hoặc true/false, nhận được "${raw}".`);
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} phải là số nguyên từ ${min} đến ${max}, nhận được "${raw}".`);
  }
  return value;
}

function citizenOidc(env: NodeJS.ProcessEnv): CitizenOidcConfig | null {
  const issuer = env.OIDC_ISSUER || undefined;
  if (!issuer) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigError(`OIDC_ISSUER phải là một địa chỉ URL, nhận được "${issuer}".`);
  }
  if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname)) {
    throw new ConfigError('OIDC_ISSUER phải dùng https (chỉ máy cục bộ được dùng http).');
  }
  if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) {
    throw new ConfigError('OIDC_CLIENT_ID và OIDC_CLIENT_SECRET phải được đặt cùng OIDC_ISSUER (do nhà cung cấp định danh cấp).');
  }
  return { issuer, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, scope: env.OIDC_SCOPE || 'openid profile email phone address' };
}

/** Reads and validates the environment; every problem is named so the operator can fix it at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL phải có dạng postgres://người_dùng:mật_khẩu@máy:cổng/cơ_sở_dữ_liệu.');
  }
  const demo = flag(env, 'DEMO') ?? !databaseUrl;
  const bootstrapAdminPassword = env.BOOTSTRAP_ADMIN_PASSWORD || undefined;
  if (!demo && !bootstrapAdminPassword) {
    throw new ConfigError('BOOTSTRAP_ADMIN_PASSWORD phải được đặt khi không chạy ở chế độ demo (dùng để tạo tài khoản admin lần đầu).');
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL phải là một trong: ${LOG_LEVELS.join(', ')}.`);
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET phải dài ít nhất 32 ký tự.');
  const oidc = citizenOidc(env);
  const demoIdentityProvider = flag(env, 'DEMO_IDP') ?? (demo && !oidc);
  if (demoIdentityProvider && oidc) throw new ConfigError('DEMO_IDP và OIDC_ISSUER không được dùng cùng nhau: chọn nhà cung cấp định danh mô phỏng hoặc thật.');
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || '.data'),
    bootstrapAdminPassword,
    testClock: flag(env, 'TEST_CLOCK') ?? false,
    demo,
    logLevel,
    jwtSecret,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    authRateLimitPerMinute: integer(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 20, 1, 100000),
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    documents: documentsConfig(env, resolve(env.DATA_DIR || '.data')),
    workers: env.WORKERS === 'auto' ? availableParallelism() : integer(env, 'WORKERS', 1, 1, 64),
    workerHeapMb: integer(env, 'WORKER_HEAP_MB', 256, 128, 16384),
    hotEngines: integer(env, 'HOT_ENGINES', 64, 0, 10000),
    benchEngineBaseline: flag(env, 'BENCH_ENGINE_BASELINE') ?? false,
    citizenOidc: oidc,
    demoIdentityProvider,
    notifications: notificationsConfig(env),
  };
}
