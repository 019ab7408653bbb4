import { createHash } from 'node:crypto';
import { DomainError } from '@trust/domain';
import { CellError } from './cells.js';
import { decodeCsvText, ImportFileError, parseCsv } from './csv.js';
import type { AnyImportKind } from './import-kind.js';
import { IMPORT_KINDS, importKind, IMPORT_KIND_NAMES } from './kinds/index.js';

/** A bad row: its line in the file (1 is the header), the column at fault (null: the row as a whole) and why. */
export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface PlannedRow {
  /** The row's line in the file (the header is line 1). */
  row: number;
  /** The row's natural key, with its repeat count where repeats are allowed: the same in every import of the file. */
  key: string;
  lane: string;
  value: unknown;
}

/** A file read and its rows parsed: what the check and the run work from. */
export interface ImportPlan {
  kind: AnyImportKind;
  fileName: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  rows: PlannedRow[];
}

export interface ReadImportFile {
  bytes: Uint8Array;
  fileName: string;
  /** The kind the caller says the file is; when absent, the header must match one kind's columns. */
  kind?: string | null;
}

/**
 * Reads a whole file: refuses it (ImportFileError) when it is not a CSV of one kind, then reads every row,
 * collecting each bad cell and each repeated row. Nothing is decided yet: see checkImport.
 */
export function readImportFile({ bytes, fileName, kind: kindName }: ReadImportFile): { plan: ImportPlan; problems: RowProblem[] } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const records = parseCsv(decodeCsvText(bytes));
  const [header, ...body] = records;
  if (header === undefined) throw new ImportFileError('the file has no header row');
  const columns = header.cells.map((cell) => cell.trim());
  const kind = kindOf(columns, kindName ?? null);
  checkHeader(kind, columns);
  if (body.length === 0) throw new ImportFileError('the file has a header row but no rows');

  const problems: RowProblem[] = [];
  const rows: PlannedRow[] = [];
  const firstWithKey = new Map<string, number>();
  const repeats = new Map<string, number>();
  for (const record of body) {
    if (record.cells.length > columns.length) {
      problems.push({ row: record.line, column: null, message: `has ${record.cells.length} cells, the header ${columns.length} columns` });
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((column, index) => (cells[column] = record.cells[index] ?? ''));
    let value: unknown;
    try {
      value = kind.read(cells);
    } catch (error: unknown) {
      problems.push(problemOf(record.line, error, kind));
      continue;
    }
    let key = kind.naturalKey(value);
    const earlier = firstWithKey.get(key);
    if (earlier !== undefined) {
      if (kind.repeatsAllowed === true) {
        const count = (repeats.get(key) ?? 1) + 1;
        repeats.set(key, count);
        key = `${key} #${count}`;
      } else {
        problems.push({ row: record.line, column: null, message: `repeats row ${earlier} (${kind.naturalKey(value)}): each is imported once` });
        continue;
      }
    } else {
      firstWithKey.set(key, record.line);
    }
    rows.push({ row: record.line, key, lane: kind.lane(value), value });
  }
  return { plan: { kind, fileName, sha256, rows }, problems };
}

/** The problem a row's error is: a cell's, a field the domain refused (mapped to its column), or the row's. */
export function problemOf(row: number, error: unknown, kind: AnyImportKind): RowProblem {
  if (error instanceof CellError) return { row, column: error.column, message: error.message };
  if (error instanceof DomainError) {
    if (error.kind === 'invalid' && error.field !== undefined) {
      const column = kind.columnOf?.(error.field) ?? columnOfField(kind, error.field);
      const prefix = `${error.field}: `;
      return { row, column, message: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message };
    }
    return { row, column: null, message: error.message };
  }
  throw error;
}

/** A field named like a column (`academicYear`, `attendees[1].role` → `attendees`) is that column's. */
function columnOfField(kind: AnyImportKind, field: string): string | null {
  const head = /^[A-Za-z]+/.exec(field)?.[0] ?? field;
  return kind.columns.find((column) => column.name === field || column.name === head)?.name ?? null;
}

function kindOf(columns: readonly string[], name: string | null): AnyImportKind {
  if (name !== null) {
    const kind = importKind(name);
    if (kind === null) throw new ImportFileError(`"${name}" is not a kind of import: the kinds are ${IMPORT_KIND_NAMES.join(', ')}`);
    return kind;
  }
  const matching = IMPORT_KINDS.filter(
    (kind) => kind.columns.every((column) => !column.required || columns.includes(column.name)) && columns.every((column) => kind.columns.some((known) => known.name === column)),
  );
  if (matching.length === 1) return matching[0]!;
  if (matching.length === 0) {
    throw new ImportFileError(`the header (${columns.join(', ')}) is not that of any kind: start from a template (GET /imports/templates/<kind>.csv), or name the kind`);
  }
  throw new ImportFileError(`the header fits more than one kind (${matching.map((kind) => kind.name).join(', ')}): name the kind`);
}

function checkHeader(kind: AnyImportKind, columns: readonly string[]): void {
  const unknown = columns.filter((column) => !kind.columns.some((known) => known.name === column));
  const missing = kind.columns.filter((column) => column.required && !columns.includes(column.name)).map((column) => column.name);
  const repeated = columns.filter((column, index) => columns.indexOf(column) !== index);
  const problems = [
    ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
    ...(unknown.length > 0 ? [`unknown ${unknown.map((column) => `"${column}"`).join(', ')}`] : []),
    ...(repeated.length > 0 ? [`repeated ${repeated.join(', ')}`] : []),
  ];
  if (problems.length > 0) {
    throw new ImportFileError(`wrong header for ${kind.name}: ${problems.join('; ')}. The columns are ${kind.columns.map((column) => column.name).join(', ')}`);
  }
}
