import { readFileSync } from 'node:fs';
import { REPORT_CSV_COLUMNS } from '../../admin/reports/report-csv.js';
import { SUBJECT_ACCESS_CSV_COLUMNS } from '../../admin/data-subjects/subject-access/subject-access-csv.js';
import { csvColumnsMarkdown } from './csv.js';

/** docs/EXPORTS.md documents the columns of every CSV: it must list exactly the columns the code writes. */
const doc = readFileSync(new URL('../../../../../docs/EXPORTS.md', import.meta.url), 'utf8');

describe('docs/EXPORTS.md', () => {
  it.each(Object.entries(REPORT_CSV_COLUMNS))('lists the columns of the %s CSV, in order, under its heading', (type, columns) => {
    const section = doc.split(`\n### ${type}\n`)[1]?.split('\n#')[0] ?? '';
    expect(section).toContain(csvColumnsMarkdown(columns));
  });

  it('lists the columns of the subject access CSV, in order', () => {
    const section = doc.split('\n## Subject access:')[1]?.split('\n#')[0] ?? '';
    expect(section).toContain(csvColumnsMarkdown(SUBJECT_ACCESS_CSV_COLUMNS));
  });

  it('documents the ledger download and every report type', () => {
    expect(doc).toContain('`GET /finance/ledger');
    expect(doc).toContain('`GET /admin/reports/:reportId`');
    for (const type of Object.keys(REPORT_CSV_COLUMNS)) expect(doc).toContain(`\n### ${type}\n`);
  });
});
