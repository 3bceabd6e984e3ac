/** `npm run bench`: every benchmark in turn; each prints `name: value` lines and writes bench/results/*.json. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const benches = ['transitions.ts', 'search.ts', 'notices.ts', 'inbox.ts', 'web-vitals.ts'].filter((file) => existsSync(join(__dirname, file)));
for (const file of benches) {
  console.log(`# ${file}`);
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, file)], { stdio: 'inherit' });
}
