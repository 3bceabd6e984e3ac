import { CsvError, parseCsv, writeCsv } from './csv';

describe('CSV as spreadsheets write it', () => {
  it('reads quoted cells holding separators, quotes and line breaks, with a byte-order mark and CRLF', () => {
    const rows = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\nlast,,\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 5, cells: ['last', '', ''] },
    ]);
  });

  it('reads semicolon-separated files, as Excel saves them under some regional settings', () => {
    expect(parseCsv('code;name\n1.0;"Cấp; đổi"')).toEqual([{ line: 1, cells: ['code', 'name'] }, { line: 2, cells: ['1.0', 'Cấp; đổi'] }]);
  });

  it('names the line of a broken quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(new CsvError(2, 'Dòng 2: thiếu dấu ngoặc kép đóng ô.'));
    expect(() => parseCsv('a\nab"c')).toThrow(CsvError);
  });

  it('writes what it reads back', () => {
    const rows = [['Cấp giấy phép, xây dựng', 'say "hi"', 'a\r\nb', ' padded ', '']];
    const text = writeCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows);
    expect(text.startsWith('\uFEFFh1,h2')).toBe(true);
    expect(parseCsv(text).map((row) => row.cells)).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows]);
  });
});
