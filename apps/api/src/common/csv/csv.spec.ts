import { csvFileName, neutraliseFormulas, prefersCsv, writeCsv, type CsvColumn } from './csv.js';

interface Row {
  id: string;
  text: string | null;
  amount: number;
  flag: boolean;
}

const COLUMNS: readonly CsvColumn<Row>[] = [
  { name: 'id', description: 'The id.', value: (row) => row.id },
  { name: 'text', description: 'Free text.', value: (row) => row.text },
  { name: 'amount', description: 'A number.', value: (row) => row.amount },
  { name: 'flag', description: 'A yes or no.', value: (row) => row.flag },
];

const row = (overrides: Partial<Row> = {}): Row => ({ id: 'r-1', text: 'Phonics', amount: 375, flag: true, ...overrides });

/** The cells of each record after the header, as text between the BOM and the last CRLF. */
const records = (csv: string): string[] => csv.slice(1).split('\r\n').slice(1, -1);

describe('the CSV writer', () => {
  it('writes a UTF-8 byte order mark, a header row of the fixed columns, and one CRLF-ended record per row, every cell quoted', () => {
    expect(writeCsv(COLUMNS, [row(), row({ id: 'r-2', text: null, amount: -7.5, flag: false })])).toBe(
      '\uFEFF' + '"id","text","amount","flag"\r\n' + '"r-1","Phonics","375","true"\r\n' + '"r-2",,"-7.5","false"\r\n',
    );
  });

  it('is just the BOM and the header for no rows', () => {
    expect(writeCsv(COLUMNS, [])).toBe('\uFEFF"id","text","amount","flag"\r\n');
  });

  it('doubles quotes and keeps commas, semicolons, line breaks and accents inside the quoted cell', () => {
    expect(writeCsv(COLUMNS, [row({ text: 'Zoë\'s "phonics", Year 1; Year 2\r\nYear 3\nYear 4' })])).toBe(
      '\uFEFF"id","text","amount","flag"\r\n' + '"r-1","Zoë\'s ""phonics"", Year 1; Year 2\r\nYear 3\nYear 4","375","true"\r\n',
    );
  });

  it.each([
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://example.com","click")', '\'=HYPERLINK(""http://example.com"",""click"")'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    // A tab or carriage return is a separator too: what follows it is neutralised as well.
    ['\t=1+2', "'\t'=1+2"],
    ['\r=1+2', "'\r'=1+2"],
    ['\uFF1D1+2', "'\uFF1D1+2"],
  ])('neutralises a cell starting as a formula: %p', (text, written) => {
    expect(records(writeCsv(COLUMNS, [row({ text })])).join('\r\n')).toBe(`"r-1","${written}","375","true"`);
  });

  it.each([
    ['Gate; =1+2', "Gate; '=1+2"],
    ['a,=HYPERLINK("x")', "a,'=HYPERLINK(\"x\")"],
    ['a\t@SUM(A1)', "a\t'@SUM(A1)"],
    ['a|+1', "a|'+1"],
    ['first line\n=cmd', "first line\n'=cmd"],
    ['a;  -1+1', "a;  '-1+1"],
  ])('neutralises a formula after a separator a spreadsheet may split the cell on: %p', (text, neutralised) => {
    expect(neutraliseFormulas(text)).toBe(neutralised);
  });

  it.each(['Phonics in Year 1', 'Year 1 - Year 2', '2024-25', 'a=b', 'e-mail: head@example.org', ''])('leaves text that is no formula as it is: %p', (text) => {
    expect(neutraliseFormulas(text)).toBe(text);
  });

  it('never neutralises a number: a negative amount stays a number', () => {
    expect(records(writeCsv(COLUMNS, [row({ amount: -37_500 })]))).toEqual(['"r-1","Phonics","-37500","true"']);
  });

  it('refuses a number that is not finite rather than write it', () => {
    expect(() => writeCsv(COLUMNS, [row({ amount: Number.NaN })])).toThrow(RangeError);
  });
});

describe('csvFileName', () => {
  it('joins its parts with hyphens into a name any file system takes', () => {
    expect(csvFileName(['tier-decisions', '2024/25', 'as-of', '1042'])).toBe('tier-decisions-2024-25-as-of-1042.csv');
    expect(csvFileName(['recharge-ledger', '2024/25', null, 'on', '2025-03-01'])).toBe('recharge-ledger-2024-25-on-2025-03-01.csv');
    expect(csvFileName(['a "b"\\c', '..'])).toBe('a-b-c.csv');
  });
});

describe('prefersCsv', () => {
  it.each([
    ['text/csv', true],
    ['TEXT/CSV; charset=utf-8', true],
    ['text/csv, application/json;q=0.9', true],
    ['text/*', true],
    ['text/csv;q=0.5, */*;q=0.1', true],
    [undefined, false],
    ['', false],
    ['*/*', false],
    ['application/json', false],
    ['application/json, text/csv', false],
    ['text/csv;q=0.5, application/json', false],
    ['text/csv;q=0', false],
    ['text/html', false],
    ['garbage', false],
  ])('Accept %p → CSV %p', (accept, csv) => {
    expect(prefersCsv(accept)).toBe(csv);
  });
});
