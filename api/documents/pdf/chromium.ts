import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

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
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

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
 * Which Chromium to drive, in the order DESIGN.md fixes: the configured path, the system's
 * `chromium`, then the browser shipped in the `@sparticuz/chromium` npm package, so that a fresh
 * machine works after `npm install` alone.
 */
export async function resolveChromium(configuredPath: string | undefined): Promise<ResolvedChromium> {
  if (configuredPath) {
    if (!executable(configuredPath)) throw new Error(`CHROMIUM_PATH "${configuredPath}" không phải tệp thực thi.`);
    return { executablePath: configuredPath, source: 'CHROMIUM_PATH' };
  }
  const system = findOnPath(SYSTEM_NAMES);
  if (system) return { executablePath: system, source: 'system' };
  // The package unpacks its brotli-compressed browser into the temp directory on first use.
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
}
