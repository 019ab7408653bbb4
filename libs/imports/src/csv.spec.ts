import { decodeCsvText, ImportFileError, MAX_IMPORT_BYTES, parseCsv } from './csv.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('reading a spreadsheet saved as CSV', () => {
  it('drops the byte order mark Excel writes and reads CRLF lines', () => {
    const text = decodeCsvText(bytes('\uFEFFacademyId,name\r\n138201,Oakfield\r\n'));
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['academyId', 'name'] },
      { line: 2, cells: ['138201', 'Oakfield'] },
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, and counts lines across them', () => {
    const records = parseCsv('a,b\n"Smith, Jo","She said ""yes""\nthen left"\n1,2');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['Smith, Jo', 'She said "yes"\nthen left'] },
      { line: 4, cells: ['1', '2'] },
    ]);
  });

  it('skips blank lines and the rows of empty cells a spreadsheet leaves at the end, keeping line numbers', () => {
    expect(parseCsv('a,b\n\n1,2\n,\n').map((record) => record.line)).toEqual([1, 3]);
  });

  it.each([
    ['a quote left open', 'a,b\n"1,2\n', /never closed/],
    ['a quote inside an unquoted field', 'a,b\n1"2,3\n', /quote inside an unquoted field/],
    ['text after a closing quote', 'a,b\n"1"x,2\n', /must end at a comma/],
  ])('refuses %s as not CSV, naming the line', (_case, text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });

  it.each([
    ['not UTF-8 (Latin-1 £)', new Uint8Array([0x61, 0x0a, 0xa3, 0x31]), /not UTF-8/],
    ['binary (a spreadsheet saved as .xlsx)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /not CSV text/],
    ['empty', new Uint8Array(), /empty/],
    ['over 50 MB', new Uint8Array(MAX_IMPORT_BYTES + 1), /at most 52428800 bytes/],
  ])('refuses a file that is %s', (_case, content, message) => {
    expect(() => decodeCsvText(content)).toThrow(ImportFileError);
    expect(() => decodeCsvText(content)).toThrow(message);
  });
});
