import { stringify } from 'csv-stringify/sync';
import type { ServerResponse } from 'node:http';

/**
 * The one CSV writer of the API, for every export a spreadsheet may open (the recharge ledger, the report
 * snapshots): fixed, documented columns; flat cells (text, numbers, true/false, empty for none, never JSON);
 * RFC 4180 with CRLF line ends; a UTF-8 byte order mark, so Excel reads accented names; every cell quoted, so
 * no separator inside a cell splits it, whatever separator the spreadsheet guesses; and text neutralised so
 * that no cell, nor any piece a spreadsheet might split one into, is run as a formula (OWASP, "CSV
 * Injection"). csv-stringify writes the records and prefixes a cell starting with = + - @ tab or carriage
 * return (and their full-width forms) with a single quote; neutraliseFormulas does the same after each
 * separator inside the text.
 */

export const CSV_MEDIA_TYPE = 'text/csv';

export type CsvValue = string | number | boolean | null;

/** A column of an export: its header, what it holds (documented in docs/EXPORTS.md and on /docs), and its cell. */
export interface CsvColumn<Row> {
  readonly name: string;
  readonly description: string;
  readonly value: (row: Row) => CsvValue;
}

// What a spreadsheet may run as a formula at the start of a cell, half width and full width.
const FORMULA_START = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20';
// Where a spreadsheet guessing another separator (or a line-by-line import) might start a new cell.
const SEPARATORS = ',;\\t|\\r\\n';
const FORMULA_AFTER_SEPARATOR = new RegExp(`([${SEPARATORS}][ ]*)(?=[${FORMULA_START}])`, 'g');

/**
 * Text with a single quote put before a formula character that follows a separator (`a;=1+2` → `a;'=1+2`),
 * so the text stays readable and no piece of it is a formula if a spreadsheet splits the cell there. A
 * formula at the very start is csv-stringify's to neutralise.
 */
export function neutraliseFormulas(text: string): string {
  return text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
}

function cellOf(value: CsvValue): string | number | null {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`${value} cannot be written to a CSV cell`);
  if (typeof value === 'string') return neutraliseFormulas(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/** The rows as CSV, one column per entry of `columns`, in their order, with a header row of their names. */
export function writeCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return stringify([columns.map((column) => column.name), ...rows.map((row) => columns.map((column) => cellOf(column.value(row))))], {
    bom: true,
    record_delimiter: 'windows',
    quoted: true,
    escape_formulas: true,
  });
}

/**
 * A download's file name from its parts (the export, the year, the date or position it is as of), joined by
 * hyphens; anything but letters, digits, dots and hyphens becomes a hyphen, so the name is safe in a
 * Content-Disposition header and on any file system.
 */
export function csvFileName(parts: readonly (string | null)[]): string {
  const name = parts
    .filter((part): part is string => part !== null && part !== '')
    .join('-')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/\.{2,}/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return `${name}.csv`;
}

/** Answers the CSV as a download named `fileName`. The same URL answers JSON too, so caches must key on Accept. */
export function sendCsv(response: Pick<ServerResponse, 'setHeader'>, fileName: string, csv: string): string {
  response.setHeader('Vary', 'Accept');
  response.setHeader('Content-Type', `${CSV_MEDIA_TYPE}; charset=utf-8`);
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  return csv;
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

/** The columns as a Markdown table (name, what it holds), as docs/EXPORTS.md lists them. */
export function csvColumnsMarkdown(columns: readonly CsvColumn<never>[]): string {
  return ['| column | holds |', '| --- | --- |', ...columns.map((column) => `| \`${column.name}\` | ${column.description} |`)].join('\n');
}
