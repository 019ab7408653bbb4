import { stringify } from 'csv-stringify/sync';
import type { AnyImportKind } from './import-kind.js';

/** A kind's template: UTF-8 with a byte order mark (so Excel opens it as UTF-8), CRLF, its header row and an example row. */
export function importTemplate(kind: AnyImportKind): string {
  const rows = [kind.columns.map((column) => column.name), kind.columns.map((column) => column.example)];
  return `\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`;
}
