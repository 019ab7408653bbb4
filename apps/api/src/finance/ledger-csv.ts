import type { LedgerLineView } from '@trust/projections';
import { csvFileName, writeCsv, type CsvColumn } from '../common/csv/csv.js';
import type { NamedLedgerLine } from './named-finance.js';

/** The columns of the ledger's CSV, in order: pence as integers for systems, pounds for spreadsheets. */
export const LEDGER_CSV_COLUMNS: readonly CsvColumn<LedgerLineView>[] = [
  { name: 'rechargeId', description: 'The recharge the line posts (a reversal posts under the recharge it reverses).', value: (line) => line.rechargeId },
  { name: 'date', description: 'The day the support was delivered (YYYY-MM-DD).', value: (line) => line.date },
  { name: 'academicYear', description: 'The academic year it is charged to (`2024/25`).', value: (line) => line.academicYear },
  { name: 'account', description: 'The account posted: `academy:<URN>:improvement-spend`, `academy:<URN>:improvement-income` or `trust-centre:improvement-income`.', value: (line) => line.account },
  { name: 'academyId', description: "The URN whose account it is; empty for the trust centre's.", value: (line) => line.academyId },
  { name: 'debitPence', description: 'The debit, in whole pence (0 when a credit).', value: (line) => line.debitPence },
  { name: 'creditPence', description: 'The credit, in whole pence (0 when a debit).', value: (line) => line.creditPence },
  { name: 'debitPounds', description: 'The debit in pounds, two decimals (`375.00`).', value: (line) => poundsOf(line.debitPence) },
  { name: 'creditPounds', description: 'The credit in pounds, two decimals.', value: (line) => poundsOf(line.creditPence) },
  { name: 'description', description: 'What the support was, as logged (free text).', value: (line) => line.description },
  { name: 'position', description: "The global position of the event that posted the line: an auditor's reference into the event store.", value: (line) => line.position },
];

/** The download's columns: the report's, with the academy's name after its URN, so finance reconciles by name. */
export const LEDGER_DOWNLOAD_CSV_COLUMNS: readonly CsvColumn<NamedLedgerLine>[] = LEDGER_CSV_COLUMNS.flatMap((column): CsvColumn<NamedLedgerLine>[] =>
  column.name === 'academyId'
    ? [column, { name: 'academyName', description: "The academy's name; empty for the trust centre's account.", value: (line) => line.academyName }]
    : [column],
);

/** The ledger lines as CSV (see common/csv): one record per line, in posting order. */
export function ledgerCsv(lines: readonly LedgerLineView[]): string {
  return writeCsv(LEDGER_CSV_COLUMNS, lines);
}

/** The download of GET /finance/ledger: the lines with their academies' names. */
export function ledgerDownloadCsv(lines: readonly NamedLedgerLine[]): string {
  return writeCsv(LEDGER_DOWNLOAD_CSV_COLUMNS, lines);
}

/** `recharge-ledger-2024-25.csv`, or `recharge-ledger-2024-25-140001.csv` for one academy's lines. */
export function ledgerCsvFileName(academicYear: string, academyId?: string): string {
  return csvFileName(['recharge-ledger', academicYear, academyId ?? null]);
}

/** Pence as pounds for a spreadsheet: 37500 → "375.00". Integer arithmetic, so never a rounding. */
export function poundsOf(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`${pence} is not a whole number of pence`);
  const magnitude = Math.abs(pence);
  return `${pence < 0 ? '-' : ''}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}
