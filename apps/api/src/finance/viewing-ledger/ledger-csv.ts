import { stringify } from 'csv-stringify/sync';
import type { LedgerLineView } from '@trust/projections';

export const CSV_MEDIA_TYPE = 'text/csv';

/** The columns of the CSV export, in order: pence as integers for systems, pounds for spreadsheets. */
export const LEDGER_CSV_COLUMNS = [
  'rechargeId',
  'date',
  'academicYear',
  'account',
  'academyId',
  'debitPence',
  'creditPence',
  'debitPounds',
  'creditPounds',
  'description',
  'position',
] as const;

/**
 * The ledger lines as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break), with a header row and a UTF-8 byte order mark so Excel reads accented names correctly.
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
 */
export function ledgerCsv(lines: readonly LedgerLineView[]): string {
  return stringify(
    lines.map((line) => ({ ...line, debitPounds: poundsOf(line.debitPence), creditPounds: poundsOf(line.creditPence) })),
    {
      bom: true,
      header: true,
      columns: [...LEDGER_CSV_COLUMNS],
      record_delimiter: 'windows',
      // Off by default once record_delimiter is set: a lone LF or CR in a description must still be quoted.
      quote_record_delimiter: true,
      escape_formulas: true,
    },
  );
}

/** `recharge-ledger-2024-25.csv`: the academic year, with no slash a file system would refuse. */
export function ledgerCsvFileName(academicYear: string): string {
  return `recharge-ledger-${academicYear.replace('/', '-')}.csv`;
}

/** Pence as pounds for a spreadsheet: 37500 → "375.00". Integer arithmetic, so never a rounding. */
export function poundsOf(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`${pence} is not a whole number of pence`);
  const magnitude = Math.abs(pence);
  return `${pence < 0 ? '-' : ''}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

/**
 * Whether the client's Accept header prefers CSV to JSON (RFC 9110 §12.5.1: each type takes the
 * quality of the most specific range that matches it). JSON on a tie, and when there is no header.
 */
export function prefersCsv(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return false;
  const ranges = accept.split(',').flatMap((part) => {
    const [range, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (range === undefined || !/^[^/\s]+\/[^/\s]+$/.test(range)) return [];
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return Number.isFinite(quality) ? [{ range, quality }] : [];
  });
  const qualityOf = (mediaType: string): number => {
    const [type] = mediaType.split('/');
    const candidates = [mediaType, `${type}/*`, '*/*'];
    for (const candidate of candidates) {
      const match = ranges.find((entry) => entry.range === candidate);
      if (match !== undefined) return match.quality;
    }
    return 0;
  };
  const csv = qualityOf(CSV_MEDIA_TYPE);
  return csv > 0 && csv > qualityOf('application/json');
}
