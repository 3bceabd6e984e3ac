import type { Page } from 'puppeteer-core';
import { ADMIN_PASSWORD } from '../support/platform';
import { DEMO_PASSWORD } from '../../api/demo/province';
import {
  ADMIN_UI_BUILT, SKIP_REASON, axeViolations, newPage, screenshot, signIn, startBrowserRun, type AxeViolation, type BrowserRun,
} from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

/** Every main screen, as the officer whose work it is sees it. */
const SCREENS: { name: string; user: string; path: string; ready: string; open?: string }[] = [
  { name: '10-agencies', user: 'kiemsoat', path: '/organisation/agencies', ready: '.tree-label' },
  { name: '11-agency-create', user: 'kiemsoat', path: '/organisation/agencies', ready: '.tree-label', open: '.detail-actions .btn-primary' },
  { name: '12-sectors', user: 'kiemsoat', path: '/organisation/sectors', ready: 'table.data tbody tr' },
  { name: '18-calendar', user: 'kiemsoat', path: '/calendar', ready: '.date-list li' },
  { name: '13-levels', user: 'admin', path: '/organisation/levels', ready: 'table.data tbody tr' },
  { name: '14-officers-system-admin', user: 'admin', path: '/officers', ready: '.officers-table tbody tr' },
  { name: '15-inbox-desk', user: 'motcua', path: '/inbox', ready: '.empty-state, .inbox-table' },
  { name: '16-reception', user: 'motcua', path: '/reception', ready: '#procedure option + option' },
  { name: '17-process-designer', user: 'thietke', path: '/process-designer', ready: '.djs-container [data-element-id="XuLy"]' },
];

function serious(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describeBuilt('the main screens of the back office pass an automated accessibility check', () => {
  let run: BrowserRun;
  const report: Record<string, string[]> = {};
  beforeAll(async () => {
    run = await startBrowserRun();
  }, 60_000);
  afterAll(async () => {
    // Minor and moderate findings are listed for people; only serious and critical fail the test.
    console.info(`axe-core findings by screen:\n${JSON.stringify(report, null, 2)}`);
    await run?.close();
  });

  const pages = new Map<string, Page>();
  async function pageFor(user: string): Promise<Page> {
    if (!pages.has(user)) {
      const { page } = await newPage(run);
      await signIn(page, run.baseUrl, user, user === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD);
      pages.set(user, page);
    }
    return pages.get(user)!;
  }

  it.each(SCREENS)('$name has no serious or critical violation', async ({ name, user, path, ready, open }) => {
    const page = await pageFor(user);
    await page.goto(`${run.baseUrl}${path}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector(ready, { timeout: 15_000 });
    if (open) {
      await page.click(open);
      await page.waitForSelector('dialog[open]');
    }
    const violations = await axeViolations(page);
    report[name] = violations.map((v) => `${v.impact}: ${v.id} (${v.targets.length})`);
    await screenshot(page, name);
    expect(serious(violations)).toEqual([]);
  }, 60_000);
});
