import ExcelJS from 'exceljs';
import { zipProblem } from '../../documents/attachments/content-checks';
import type { Table } from './record-format';

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Why a workbook could not be read, in Vietnamese. */
export class SpreadsheetError extends Error {}

const SHEET = 'Danh mục TTHC';

/** The table as a workbook of one sheet, the header row bold and frozen, so a province can edit it in Excel. */
export async function writeXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every cell as text; numbers and dates as a person would type them back. */
function text(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
    if ('text' in value) return String(value.text);
    return cell.text;
  }
  return String(value);
}

/** The first sheet's rows (the header first), each with its row number, empty rows skipped. */
export async function readXlsx(content: Buffer): Promise<{ line: number; cells: string[] }[]> {
  // A workbook is a zip: its declared sizes are checked before anything is expanded.
  const problem = zipProblem(content);
  if (problem) throw new SpreadsheetError(problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError('Tệp không phải là bảng tính Excel (.xlsx) đọc được.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('Bảng tính không có trang nào.');
  const lines: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(text(row.getCell(column)));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    lines.push({ line, cells });
  });
  return lines;
}
