import { ImportFileError } from './csv.js';
import { readImportFile } from './import-file.js';
import { importTemplate } from './template.js';
import { IMPORT_KINDS } from './kinds/index.js';

const file = (text: string, kind?: string): ReturnType<typeof readImportFile> =>
  readImportFile({ bytes: new TextEncoder().encode(text), fileName: 'file.csv', ...(kind === undefined ? {} : { kind }) });

describe('reading an import file', () => {
  it.each(IMPORT_KINDS.map((kind) => [kind.name, kind] as const))("knows a %s file by its template's header, and reads the template's example row", (name, kind) => {
    const { plan, problems } = file(importTemplate(kind));
    expect(plan.kind.name).toBe(name);
    expect(problems).toEqual([]);
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]?.row).toBe(2);
  });

  it('takes the columns in any order, leaving optional ones out', () => {
    const { plan, problems } = file('term,value,academyId,kpi,academicYear\nautumn,94.6,138201,attendance,2024/25\n');
    expect(problems).toEqual([]);
    expect(plan.kind.name).toBe('kpis');
    expect(plan.rows[0]?.value).toMatchObject({ type: 'RecordKpi', academyId: '138201', value: 94.6, nationalAverage: null });
  });

  it('lists every bad cell with its line and column, and refuses a row repeated in the file', () => {
    const { plan, problems } = file(
      ['academyId,kpi,academicYear,term,value', '138201,attendance,2024/25,autumn,94.6', '13820,attendance,2024/25,spring,94', '138201,attendance,2024/25,summer,high', '138201,attendance,2024/25,autumn,95', '138201,attendance,2024/25,spring,1,2'].join('\r\n'),
    );
    expect(plan.rows.map((row) => row.row)).toEqual([2]);
    expect(problems).toEqual([
      { row: 3, column: 'academyId', message: expect.stringContaining('6 digits') as unknown },
      { row: 4, column: 'value', message: 'must be a number, got "high"' },
      { row: 5, column: null, message: 'repeats row 2 (138201 attendance 2024/25 autumn): each is imported once' },
      { row: 6, column: null, message: 'has 6 cells, the header 5 columns' },
    ]);
  });

  it('counts repeated recharges rather than refusing them, so each is one recharge', () => {
    const row = '138201,teacher,141023,1,12/11/2024,Coaching';
    const { plan, problems } = file(['supportedAcademyId,providerRole,providerAcademyId,days,deliveredOn,description', row, row].join('\n'));
    expect(problems).toEqual([]);
    expect(plan.rows.map((each) => each.key)).toEqual([expect.not.stringContaining('#') as unknown, expect.stringMatching(/ #2$/) as unknown]);
  });

  it.each([
    ['a header of no kind', 'urn,school\n1,2\n', undefined, /not that of any kind/],
    ['a wrong header for the kind named', 'academyId,kpi\n1,2\n', 'kpis', /wrong header for kpis: missing academicYear, term, value/],
    ['an unknown kind', 'academyId\n1\n', 'figures', /"figures" is not a kind of import/],
    ['a header alone', 'academyId,kpi,academicYear,term,value\n', undefined, /no rows/],
  ])('refuses %s', (_case, text, kind, message) => {
    expect(() => file(text, kind)).toThrow(ImportFileError);
    expect(() => file(text, kind)).toThrow(message);
  });
});
