import type { ErrorDetail } from '../../errors/catalogue';
import type { ProcedureInput, ProcedureVersion } from '../model';
import { parseCsv, writeCsv } from './csv';

/**
 * The exchange format of the catalogue. In JSON a procedure is exactly the body that
 * POST /api/admin/procedures takes, plus its decision. In a table (CSV or an Excel sheet) the
 * same record is one row: plain columns for the scalars, `;` between agency codes, and JSON in
 * the cells of nested lists.
 */

export const EXPORT_FORMAT = 'tthc-catalogue';

/** The record that recreates a version, with the agencies of its catalogue. */
export function exportRecord(version: ProcedureVersion, agencyCodes: string[]): ProcedureInput {
  return {
    code: version.code,
    name: version.name,
    sectorCode: version.sectorCode,
    agencyCodes,
    steps: version.steps,
    methods: version.methods,
    components: version.components.map((c) => ({ ...c, formTemplate: c.formTemplate ?? null })),
    processingTime: version.processingTime,
    applicants: version.applicants,
    result: version.result,
    fees: version.fees,
    conditions: version.conditions,
    legalBasis: version.legalBasis,
    serviceLevel: version.serviceLevel,
    postalAllowed: version.postalAllowed,
    immediateResult: version.immediateResult,
    crossBoundary: version.crossBoundary,
    processKey: version.processKey,
    processVersion: version.processVersion,
    formSchema: version.form,
    decision: version.decision,
  };
}

type Column = { name: string; kind: 'text' | 'number' | 'boolean' | 'list' | 'json' };

const COLUMNS: Column[] = [
  { name: 'code', kind: 'text' },
  { name: 'name', kind: 'text' },
  { name: 'sectorCode', kind: 'text' },
  { name: 'agencyCodes', kind: 'list' },
  { name: 'serviceLevel', kind: 'text' },
  { name: 'processingTimeValue', kind: 'number' },
  { name: 'processingTimeUnit', kind: 'text' },
  { name: 'steps', kind: 'text' },
  { name: 'applicants', kind: 'text' },
  { name: 'result', kind: 'text' },
  { name: 'conditions', kind: 'text' },
  { name: 'legalBasis', kind: 'text' },
  { name: 'postalAllowed', kind: 'boolean' },
  { name: 'immediateResult', kind: 'boolean' },
  { name: 'crossBoundary', kind: 'boolean' },
  { name: 'processKey', kind: 'text' },
  { name: 'processVersion', kind: 'number' },
  { name: 'decisionNumber', kind: 'text' },
  { name: 'decisionDate', kind: 'text' },
  { name: 'methods', kind: 'json' },
  { name: 'components', kind: 'json' },
  { name: 'fees', kind: 'json' },
  { name: 'formSchema', kind: 'json' },
];

/** The table header, in order. */
export const CSV_COLUMNS = COLUMNS.map((column) => column.name);

const TRUE = new Set(['true', '1', 'x', 'có', 'co', 'yes']);
const FALSE = new Set(['false', '0', 'không', 'khong', 'no']);

/** A table of text cells, as a CSV file or a worksheet holds it; `line` is the row's number in the file. */
export interface Table {
  header: string[];
  rows: string[][];
}

export function recordsToTable(records: ProcedureInput[]): Table {
  const cell = (record: ProcedureInput, column: Column): string => {
    const flat: Record<string, unknown> = {
      ...record,
      processingTimeValue: record.processingTime.value,
      processingTimeUnit: record.processingTime.unit,
      decisionNumber: record.decision?.number,
      decisionDate: record.decision?.date,
    };
    const value = flat[column.name];
    if (value === undefined || value === null) return '';
    if (column.kind === 'list') return (value as string[]).join(';');
    if (column.kind === 'json') return JSON.stringify(value);
    return String(value);
  };
  return { header: CSV_COLUMNS, rows: records.map((record) => COLUMNS.map((column) => cell(record, column))) };
}

export function recordsToCsv(records: ProcedureInput[]): string {
  const { header, rows } = recordsToTable(records);
  return writeCsv(header, rows);
}

export interface CsvRecord {
  line: number;
  record: Record<string, unknown>;
  /** Cells that could not be read; a row with any is rejected whole. */
  problems: ErrorDetail[];
}

function convert(column: Column, raw: string, problems: ErrorDetail[]): unknown {
  const value = raw.trim();
  switch (column.kind) {
    case 'number': {
      const number = Number(value.replace(',', '.'));
      if (Number.isNaN(number)) problems.push({ path: `/${column.name}`, message: `Cột ${column.name}: “${value}” không phải là số.` });
      return number;
    }
    case 'boolean':
      if (TRUE.has(value.toLowerCase())) return true;
      if (FALSE.has(value.toLowerCase())) return false;
      problems.push({ path: `/${column.name}`, message: `Cột ${column.name}: “${value}” phải là có/không (true/false).` });
      return undefined;
    case 'list':
      return value.split(/[;\n]/).map((item) => item.trim()).filter(Boolean);
    case 'json':
      try {
        return JSON.parse(value);
      } catch {
        problems.push({ path: `/${column.name}`, message: `Cột ${column.name} phải chứa JSON hợp lệ.` });
        return undefined;
      }
    default:
      return value;
  }
}

export function csvToRecords(text: string): { header: string[]; rows: CsvRecord[] } {
  return linesToRecords(parseCsv(text));
}

/**
 * Each data row of a table (its first line the header) as a record for the same checks a JSON
 * import meets; cell-level problems are kept per row.
 */
export function linesToRecords(lines: { line: number; cells: string[] }[]): { header: string[]; rows: CsvRecord[] } {
  const [head, ...data] = lines;
  if (!head) return { header: [], rows: [] };
  const header = head.cells.map((name) => name.trim());
  const unknown = header.filter((name) => !COLUMNS.some((column) => column.name === name));
  if (unknown.length > 0) throw new RangeError(`Tiêu đề có cột không được hỗ trợ: ${unknown.join(', ')}. Các cột dùng được: ${COLUMNS.map((c) => c.name).join(', ')}.`);
  const rows = data.map(({ line, cells }) => {
    const problems: ErrorDetail[] = [];
    const flat: Record<string, unknown> = {};
    header.forEach((name, index) => {
      const raw = cells[index] ?? '';
      if (raw.trim() === '') return;
      flat[name] = convert(COLUMNS.find((column) => column.name === name)!, raw, problems);
    });
    if (cells.length > header.length) problems.push({ path: '/', message: `Dòng có ${cells.length} ô, nhiều hơn ${header.length} cột của tiêu đề.` });
    const { processingTimeValue, processingTimeUnit, decisionNumber, decisionDate, ...record } = flat;
    if (processingTimeValue !== undefined || processingTimeUnit !== undefined) record.processingTime = { value: processingTimeValue, unit: processingTimeUnit };
    if (decisionNumber !== undefined || decisionDate !== undefined) record.decision = { number: decisionNumber, date: decisionDate };
    if (record.agencyCodes === undefined) record.agencyCodes = [];
    return { line, record, problems };
  });
  return { header, rows };
}
