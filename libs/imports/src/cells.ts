/**
 * Spreadsheet cells into the values a command takes. Each reader names what it expects; the domain's
 * deciders then judge the value itself (a school day, a term, a rate in range) exactly as for the API.
 */

/** A cell that cannot be read as its column's kind of value. */
export class CellError extends Error {
  override readonly name = 'CellError';
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

/** The cell's text, trimmed; null when empty. */
export function optionalText(cell: string | undefined): string | null {
  const text = (cell ?? '').trim();
  return text === '' ? null : text;
}

export function requiredText(cell: string | undefined, column: string): string {
  const text = optionalText(cell);
  if (text === null) throw new CellError(column, 'must not be empty');
  return text;
}

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day written `12/03/2025` (day first, as UK spreadsheets show it: 12 March) or `2025-03-12`, as
 * `YYYY-MM-DD`. A day that does not exist (31/02/2025) is refused here; the domain judges the rest.
 */
export function dateCell(cell: string | undefined, column: string): string {
  const text = requiredText(cell, column);
  if (ISO_DATE.test(text)) return realDay(text, column);
  const uk = UK_DATE.exec(text);
  if (uk === null) throw new CellError(column, `must be a date written 12/03/2025 (day first) or 2025-03-12, got "${text}"`);
  const [, day, month, year] = uk;
  return realDay(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`, column, text);
}

export function optionalDateCell(cell: string | undefined, column: string): string | null {
  return optionalText(cell) === null ? null : dateCell(cell, column);
}

function realDay(iso: string, column: string, written: string = iso): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new CellError(column, `"${written}" is not a day of the calendar (dates are day first: 12/03/2025 is 12 March)`);
  }
  return iso;
}

const POUNDS = /^-?£?-?\d{1,3}(,\d{3})*(\.\d{1,2})?$|^-?£?-?\d+(\.\d{1,2})?$/;
const PENCE = /^-?\d{1,3}(,\d{3})*p$|^-?\d+p$/;

/** How a money cell is written, for templates and docs. */
export const MONEY_FORMAT = 'pounds written £1,234.50, 1234.50 or 1234, or whole pence with a p: 123450p';

/** Money into whole pence: pounds written `£1,234.50`, `1234.50` or `1234`, or pence written `123450p`. */
export function moneyCell(cell: string | undefined, column: string): number {
  const text = requiredText(cell, column).replace(/\s/g, '');
  if (PENCE.test(text)) return Number(text.replace(/[,p]/g, ''));
  if (!POUNDS.test(text)) throw new CellError(column, `must be an amount: ${MONEY_FORMAT}; got "${text}"`);
  const negative = text.includes('-');
  const [whole = '0', fraction = ''] = text.replace(/[£,-]/g, '').split('.');
  const pence = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -pence : pence;
}

/** A number (`94.6`; a trailing `%` is allowed for percentages). */
export function numberCell(cell: string | undefined, column: string): number {
  const text = requiredText(cell, column).replace(/%$/, '').trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw new CellError(column, `must be a number, got "${text}"`);
  return value;
}

export function optionalNumberCell(cell: string | undefined, column: string): number | null {
  return optionalText(cell) === null ? null : numberCell(cell, column);
}

/** A list written `first; second; third` (empty: no items). */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A list of items each written `part | part | part`: `Dee Director | improvement-director | chair; Hana Head | headteacher`. */
export function partsListCell(cell: string | undefined): string[][] {
  return listCell(cell).map((item) => item.split('|').map((part) => part.trim()));
}

/** `yes`/`no` (also `true`/`false`, `y`/`n`, `1`/`0`); empty: the default. */
export function yesNoCell(cell: string | undefined, column: string, empty: boolean): boolean {
  const text = (optionalText(cell) ?? '').toLowerCase();
  if (text === '') return empty;
  if (['yes', 'y', 'true', '1'].includes(text)) return true;
  if (['no', 'n', 'false', '0'].includes(text)) return false;
  throw new CellError(column, `must be yes or no, got "${text}"`);
}
