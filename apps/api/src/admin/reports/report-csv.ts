import { stringify } from 'csv-stringify/sync';

/**
 * A report as CSV: its table (the content when it is a list, else its first list-valued field), one
 * column per field of the rows; nested values are written as JSON.
 */
export function reportCsv(content: unknown): string {
  const rows = tableOf(content);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
    return JSON.stringify(value);
  };
  return stringify([columns, ...rows.map((row) => columns.map((column) => cell(row[column])))]);
}

function tableOf(content: unknown): Record<string, unknown>[] {
  const list: unknown[] = Array.isArray(content)
    ? (content as unknown[])
    : content !== null && typeof content === 'object'
      ? (Object.values(content).find((value): value is unknown[] => Array.isArray(value)) ?? [])
      : [];
  return list.map((row): Record<string, unknown> => (row !== null && typeof row === 'object' && !Array.isArray(row) ? { ...row } : { value: row }));
}
