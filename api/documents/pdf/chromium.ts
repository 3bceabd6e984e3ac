import { randomUUID } from 'node:crypto';
import { accessSync, constants, createReadStream, createWriteStream, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/** Flags for a headless Chromium that renders our own HTML and talks to nobody (DESIGN.md, "Runtime"). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--mute-audio',
];

export interface ResolvedChromium {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'system headless shell' | '@sparticuz/chromium' | 'system';
}

/** Debian's `chromium-headless-shell` package, Chrome for Testing's name, Chromium's build target. */
const SHELL_NAMES = ['chromium-headless-shell', 'chrome-headless-shell', 'headless_shell'];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable of these names on PATH, like `command -v`. */
export function findOnPath(names: readonly string[], path = process.env.PATH ?? ''): string | undefined {
  for (const name of names) {
    for (const dir of path.split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The headless shell shipped brotli-compressed inside the `@sparticuz/chromium` npm package,
 * unpacked once per machine and version into the temp directory. The package's own
 * `executablePath()` unpacks to a fixed /tmp/chromium that a second process sees half-written
 * (parallel test workers, API workers); here each unpacking writes its own file and renames it into
 * place, which is atomic, so a present file is always whole.
 */
export async function unpackedHeadlessShell(dir = tmpdir()): Promise<string> {
  const packageDir = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const target = join(dir, `tthc-headless-shell-${version}`, 'chromium');
  if (executable(target)) return target;
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}-${randomUUID()}.part`;
  try {
    await pipeline(createReadStream(join(packageDir, 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return target;
}

/**
 * Which Chromium prints PDFs. The configured path first; then a headless shell, the build of
 * Chromium made for automation: it prints a receipt with about a third of the CPU of the full
 * browser, which starts a print-compositor process for every PDF *(measured here, bench/notices.ts)*.
 * The system's shell if installed, else the one in the `@sparticuz/chromium` npm package, so that
 * a fresh machine works after `npm install` alone; the system's full `chromium` only when neither
 * can run.
 */
export async function resolveChromium(configuredPath: string | undefined): Promise<ResolvedChromium> {
  if (configuredPath) {
    if (!executable(configuredPath)) throw new Error(`CHROMIUM_PATH "${configuredPath}" không phải tệp thực thi.`);
    return { executablePath: configuredPath, source: 'CHROMIUM_PATH' };
  }
  const shell = findOnPath(SHELL_NAMES);
  if (shell) return { executablePath: shell, source: 'system headless shell' };
  try {
    return { executablePath: await unpackedHeadlessShell(), source: '@sparticuz/chromium' };
  } catch (error) {
    const system = findOnPath(SYSTEM_NAMES);
    if (system) return { executablePath: system, source: 'system' };
    throw error;
  }
}

/**
 * Which Chromium drives the web apps in browser tests and page benchmarks: the full browser when
 * the system has one (it has the PDF viewer and the download behaviour officers meet), else
 * whatever prints PDFs.
 */
export async function resolveBrowser(configuredPath: string | undefined): Promise<ResolvedChromium> {
  const system = configuredPath ? undefined : findOnPath(SYSTEM_NAMES);
  return system ? { executablePath: system, source: 'system' } : resolveChromium(configuredPath);
}
