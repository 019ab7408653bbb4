import type { LedgerLineView } from '@trust/projections';
import { LEDGER_CSV_COLUMNS, LEDGER_DOWNLOAD_CSV_COLUMNS, ledgerCsv, ledgerCsvFileName, ledgerDownloadCsv, poundsOf } from './ledger-csv.js';

const line = (overrides: Partial<LedgerLineView> = {}): LedgerLineView => ({
  rechargeId: 'r-1',
  date: '2024-11-12',
  academicYear: '2024/25',
  account: 'academy:140001:improvement-spend',
  academyId: '140001',
  debitPence: 37_500,
  creditPence: 0,
  description: 'Phonics',
  position: '7',
  ...overrides,
});

describe('the ledger CSV', () => {
  it('is the shared CSV writer over the ledger columns: a BOM, a header row and one quoted CRLF-ended record per line, pence and pounds side by side', () => {
    const csv = ledgerCsv([
      line(),
      line({ account: 'trust-centre:improvement-income', academyId: null, debitPence: 0, creditPence: 37_500, description: 'Zoë\'s "phonics", Year 1' }),
    ]);
    expect(csv).toBe(
      '\uFEFF' +
        '"rechargeId","date","academicYear","account","academyId","debitPence","creditPence","debitPounds","creditPounds","description","position"\r\n' +
        '"r-1","2024-11-12","2024/25","academy:140001:improvement-spend","140001","37500","0","375.00","0.00","Phonics","7"\r\n' +
        '"r-1","2024-11-12","2024/25","trust-centre:improvement-income",,"0","37500","0.00","375.00","Zoë\'s ""phonics"", Year 1","7"\r\n',
    );
  });

  it('is just the header for an empty ledger', () => {
    expect(ledgerCsv([])).toBe('\uFEFF"rechargeId","date","academicYear","account","academyId","debitPence","creditPence","debitPounds","creditPounds","description","position"\r\n');
  });

  it('prefixes text a spreadsheet would run as a formula', () => {
    const csv = ledgerCsv([line({ description: '=1+2' }), line({ description: '@SUM(A1)' }), line({ description: '-5 days' })]);
    const records = csv.split('\r\n').slice(1, -1);
    expect(records.map((record) => record.split('","')[9])).toEqual(["'=1+2", "'@SUM(A1)", "'-5 days"]);
  });

  it('names the download after the academic year, and the academy when it is one academy\'s', () => {
    expect(ledgerCsvFileName('2024/25')).toBe('recharge-ledger-2024-25.csv');
    expect(ledgerCsvFileName('2024/25', '140001')).toBe('recharge-ledger-2024-25-140001.csv');
  });
});

describe('poundsOf', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [37_500, '375.00'],
    [12_345, '123.45'],
    [-7_550, '-75.50'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%d pence is £%s', (pence, pounds) => {
    expect(poundsOf(pence)).toBe(pounds);
  });

  it('refuses anything but whole pence', () => {
    expect(() => poundsOf(1.5)).toThrow(RangeError);
  });
});

describe('the ledger download', () => {
  it('puts the academy name after its URN, empty for the trust centre', () => {
    const header = ledgerDownloadCsv([]).split('\r\n')[0];
    expect(header).toBe('\uFEFF"rechargeId","date","academicYear","account","academyId","academyName","debitPence","creditPence","debitPounds","creditPounds","description","position"');
    expect(LEDGER_DOWNLOAD_CSV_COLUMNS.map((column) => column.name)).toEqual([...LEDGER_CSV_COLUMNS.map((column) => column.name)].toSpliced(5, 0, 'academyName'));
  });
});
