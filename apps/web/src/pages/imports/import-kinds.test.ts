import { describe, expect, it } from 'vitest';
import { refusedCheck } from './import-kinds';

describe('refusedCheck', () => {
  it('lists each bad row with its row, column and message', () => {
    const body = {
      statusCode: 400,
      message: ['kpis.csv: 2 bad rows, nothing stored', 'row 3, term: must be one of autumn, spring, summer', 'row 4: academy 799999 is not registered'],
      fields: ['file'],
      rows: [
        { row: 3, column: 'term', message: 'must be one of autumn, spring, summer' },
        { row: 4, column: null, message: 'academy 799999 is not registered' },
      ],
    };
    expect(refusedCheck(body)).toEqual({ kind: 'bad-rows', summary: 'kpis.csv: 2 bad rows, nothing stored', rows: body.rows });
  });

  it('gives the file\'s own problem when no row could be read', () => {
    expect(refusedCheck({ message: ['the header is not that of any kind'], fields: ['file'] })).toEqual({ kind: 'bad-file', messages: ['the header is not that of any kind'] });
    expect(refusedCheck(null)).toEqual({ kind: 'bad-file', messages: ['The file was refused.'] });
  });
});
