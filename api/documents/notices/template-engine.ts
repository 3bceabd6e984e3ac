import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { longDate, longDateTime, shortDate, shortDateTime } from './vietnamese-dates';

/** Where the built-in templates, their manifest and the shared partials live. */
export const TEMPLATE_DIR = join(__dirname, '..', 'templates');

type Hbs = typeof Handlebars;

/** The Vietnamese text of a number of days or hours, e.g. "15 ngày làm việc". */
function duration(value: unknown, unit: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const label = unit === 'working_hours' ? 'giờ làm việc' : 'ngày làm việc';
  return `${Number(value).toLocaleString('vi-VN')} ${label}`;
}

/**
 * One Handlebars environment for notices: its own instance (no global helpers), the date
 * helpers of Vietnamese documents and the shared partials (styles, the national motto header,
 * the verification footer). Helpers are the only code a template can reach; a province writes
 * templates, never helpers.
 */
export function createTemplateEngine(partialsDir = join(TEMPLATE_DIR, 'partials')): Hbs {
  const hbs = Handlebars.create();
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    ngay: (value) => longDate(value),
    gioNgay: (value) => longDateTime(value),
    date: (value) => shortDate(value),
    datetime: (value) => shortDateTime(value),
    upper: (value) => (typeof value === 'string' ? value.toLocaleUpperCase('vi-VN') : ''),
    inc: (value) => Number(value) + 1,
    pad2: (value) => String(value ?? '').padStart(2, '0'),
    eq: (a, b) => a === b,
    or: (...args) => args.slice(0, -1).find(Boolean) ?? '',
    concat: (...args) => args.slice(0, -1).map((a) => (a === null || a === undefined ? '' : String(a))).join(''),
    duration: (value, unit) => duration(value, unit),
  };
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper);
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    hbs.registerPartial(basename(file, '.hbs'), readFileSync(join(partialsDir, file), 'utf8'));
  }
  return hbs;
}

/**
 * A template compiled once. Not `strict`: optional fields (an e-mail, a phone) are simply absent
 * on many dossiers. Values are HTML-escaped unless a template asks otherwise.
 */
export function compileTemplate(hbs: Hbs, source: string): Handlebars.TemplateDelegate {
  return hbs.compile(source, { strict: false, noEscape: false, preventIndent: true });
}
