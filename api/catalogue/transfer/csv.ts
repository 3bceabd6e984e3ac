/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields may hold commas, quotes and line breaks.
 * Written with a UTF-8 byte-order mark so that Excel shows Vietnamese correctly; read with or
 * without one, with comma or semicolon separators (Excel uses either, by regional settings).
 */

export class CsvError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

const BOM = '\uFEFF';

/** The separator of the header line: the one of `,` and `;` it uses more, outside quotes. */
function detectSeparator(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Rows of cells, each with the line it starts on. Blank lines are skipped. */
export function parseCsv(input: string): { line: number; cells: string[] }[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let cellStarted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
      cellStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((value) => value !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      cellStarted = false;
      line++;
      rowLine = line;
    } else if (char === '"') {
      throw new CsvError(line, `Dòng ${line}: dấu ngoặc kép (") đặt giữa ô; hãy đặt cả ô trong ngoặc kép và nhân đôi dấu ngoặc kép bên trong.`);
    } else {
      cell += char;
      cellStarted = true;
    }
  }
  if (quoted) throw new CsvError(rowLine, `Dòng ${rowLine}: thiếu dấu ngoặc kép đóng ô.`);
  cells.push(cell);
  if (cells.some((value) => value !== '')) rows.push({ line: rowLine, cells });
  return rows;
}

function quote(value: string): string {
  return /[",;\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV document, header first, with a byte-order mark and CRLF line ends. */
export function writeCsv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n';
}
