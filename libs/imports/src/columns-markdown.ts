import type { AnyImportKind } from './import-kind.js';

/** A kind's columns as a Markdown table, as docs/IMPORTS.md lists them. */
export function importColumnsMarkdown(kind: AnyImportKind): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return [
    '| column | required | holds | example |',
    '| --- | --- | --- | --- |',
    ...kind.columns.map((column) => `| \`${column.name}\` | ${column.required ? 'yes' : 'no'} | ${cell(column.description)} | \`${cell(column.example)}\` |`),
  ].join('\n');
}
