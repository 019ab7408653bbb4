import { DomainError } from '../shared/domain-error.js';
import { academicYearEnd, academicYearOf, academicYearStart, parseAcademicYear } from './academic-year.js';
import { parseAcademyId } from './academy-id.js';
import { parseAcademyPhase } from './academy-phase.js';
import { parseInstant } from './instant.js';
import { EARLIEST_DATE, isoDateOf, LATEST_DATE, parseIsoDate } from './iso-date.js';
import { parseKpiName } from './kpi-name.js';
import { MAX_PENCE, parseMoney } from './money.js';
import { parseTerm } from './term.js';
import { parseText, textProblem } from './text.js';

function invalidField(parse: () => unknown): string | undefined {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid') {
      return error.field;
    }
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('parseAcademyId', () => {
  it.each(['100000', '999999', '012345'])('accepts the URN %s', (urn) => {
    expect(parseAcademyId(urn, 'academyId')).toBe(urn);
  });

  it.each([['12345'], ['1234567'], ['12345a'], [' 123456'], ['123456\n'], [''], [123456], [null], [undefined]])(
    'refuses %p, naming the field',
    (input) => {
      expect(invalidField(() => parseAcademyId(input, 'supportedAcademyId'))).toBe('supportedAcademyId');
    },
  );
});

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01', '2025-04-30'])('accepts %s', (date) => {
    expect(parseIsoDate(date, 'joinedOn')).toBe(date);
  });

  it.each([
    ['2024-02-30'],
    ['2025-02-29'],
    ['1900-02-29'],
    ['2025-04-31'],
    ['2025-13-01'],
    ['2025-00-10'],
    ['2025-01-00'],
    ['2025-1-01'],
    ['2025-01-01T00:00:00Z'],
    ['01/09/2024'],
    [''],
    [20250101],
    [null],
  ])('refuses %p', (input) => {
    expect(invalidField(() => parseIsoDate(input, 'joinedOn'))).toBe('joinedOn');
  });

  it('accepts the first and last day of its window, the academic years 1990/91 to 2099/00', () => {
    expect([EARLIEST_DATE, LATEST_DATE]).toEqual(['1990-09-01', '2100-08-31']);
    expect(parseIsoDate('1990-09-01', 'joinedOn')).toBe('1990-09-01');
    expect(parseIsoDate('2100-08-31', 'joinedOn')).toBe('2100-08-31');
  });

  it.each(['0000-01-01', '0001-01-01', '1899-12-31', '1900-01-01', '1990-08-31', '2100-09-01', '3000-01-01', '9999-12-31'])(
    'refuses %s, a real day outside the window, naming the field and the window',
    (date) => {
      expect(invalidField(() => parseIsoDate(date, 'visitedOn'))).toBe('visitedOn');
      expect(() => parseIsoDate(date, 'visitedOn')).toThrow('visitedOn: must be a day from 1990-09-01 to 2100-08-31');
    },
  );

  it.each([
    ['2024-08-31T22:59:59Z', '2024-08-31'],
    // 1 September 00:30 in British Summer Time is still 31 August in UTC.
    ['2024-08-31T23:30:00Z', '2024-09-01'],
    ['2025-01-15T23:30:00Z', '2025-01-15'],
    ['2025-01-16T00:00:00Z', '2025-01-16'],
  ])('reads the instant %s as the London calendar day %s', (instant, date) => {
    expect(isoDateOf(new Date(instant))).toBe(date);
  });
});

describe('parseAcademicYear', () => {
  it.each(['2024/25', '1999/00', '2009/10', '1990/91', '2099/00'])('accepts %s', (year) => {
    expect(parseAcademicYear(year, 'academicYear')).toBe(year);
  });

  it.each([
    ['2024/24'],
    ['2024/26'],
    ['2024-25'],
    ['2024/2025'],
    ['24/25'],
    ['9999/00'],
    ['1999/01'],
    ['0000/01'],
    ['1899/00'],
    ['1989/90'],
    ['2100/01'],
    ['2999/00'],
    [''],
    [2024],
    [null],
  ])('refuses %p', (input) => {
    expect(invalidField(() => parseAcademicYear(input, 'academicYear'))).toBe('academicYear');
  });

  it('runs from 1 September to 31 August', () => {
    expect(academicYearStart('2024/25')).toBe('2024-09-01');
    expect(academicYearEnd('2024/25')).toBe('2025-08-31');
    expect(academicYearStart('1999/00')).toBe('1999-09-01');
    expect(academicYearEnd('1999/00')).toBe('2000-08-31');
  });

  it('refuses to give the dates of a malformed academic year', () => {
    expect(invalidField(() => academicYearStart('2024/26'))).toBe('academicYear');
    expect(invalidField(() => academicYearEnd('2024'))).toBe('academicYear');
  });

  it.each([
    ['2024-09-01', '2024/25'],
    ['2024-08-31', '2023/24'],
    ['2025-08-31', '2024/25'],
    ['2025-01-01', '2024/25'],
    ['1999-12-31', '1999/00'],
    ['2000-01-01', '1999/00'],
  ])('puts %s in %s', (date, year) => {
    expect(academicYearOf(date)).toBe(year);
  });

  it('places an instant by the London calendar', () => {
    expect(academicYearOf(new Date('2024-08-31T23:30:00Z'))).toBe('2024/25');
    expect(academicYearOf(new Date('2024-08-31T22:30:00Z'))).toBe('2023/24');
  });

  it('refuses to place a date that is not real', () => {
    expect(invalidField(() => academicYearOf('2024-02-30'))).toBe('date');
  });
});

describe('parseInstant', () => {
  it.each([
    ['2025-03-01T09:30:00Z', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T09:30Z', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T09:30:00.123456789Z', '2025-03-01T09:30:00.123Z'],
    ['2025-03-01T09:30:00+01:00', '2025-03-01T08:30:00.000Z'],
    ['2025-03-01T00:30:00-05:30', '2025-03-01T06:00:00.000Z'],
    ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z'],
    ['1990-09-01T00:00:00Z', '1990-09-01T00:00:00.000Z'],
    ['2100-08-31T23:59:59Z', '2100-08-31T23:59:59.000Z'],
  ])('reads %s as %s', (input, instant) => {
    expect(parseInstant(input, 'asOf').toISOString()).toBe(instant);
  });

  it.each([
    ['2025-02-30T00:00:00Z'],
    ['0000-01-01T00:00:00Z'],
    ['0001-01-01T00:00:00Z'],
    ['1899-12-31T23:59:59Z'],
    ['3000-01-01T00:00:00Z'],
    ['2025-01-01T24:00:00Z'],
    ['2025-01-01T23:60:00Z'],
    ['2025-01-01T23:59:60Z'],
    ['2025-01-01T09:30:00+24:00'],
    ['2025-01-01T09:30:00+01:60'],
    ['2025-01-01T09:30:00'],
    ['2025-01-01 09:30:00Z'],
    ['2025-01-01'],
    ['+002025-01-01T00:00:00Z'],
    ['1735689600000'],
    [''],
    [null],
    [20250101],
  ])('refuses %p, naming the field', (input) => {
    expect(invalidField(() => parseInstant(input, 'asOf'))).toBe('asOf');
  });

  it('reads a date alone as midnight UTC where it is allowed, by the same rule for the day', () => {
    expect(parseInstant('2025-01-31', 'from', { dateAlone: true }).toISOString()).toBe('2025-01-31T00:00:00.000Z');
    expect(invalidField(() => parseInstant('2025-02-30', 'from', { dateAlone: true }))).toBe('from');
    expect(invalidField(() => parseInstant('0000-01-01', 'from', { dateAlone: true }))).toBe('from');
    expect(invalidField(() => parseInstant('3000-01-01', 'to', { dateAlone: true }))).toBe('to');
  });
});

describe('closed lists', () => {
  it('parses terms, KPI names and phases', () => {
    expect(parseTerm('spring', 'term')).toBe('spring');
    expect(parseKpiName('attendance', 'kpi')).toBe('attendance');
    expect(parseAcademyPhase('all-through', 'phase')).toBe('all-through');
  });

  it.each([
    ['term', 'Autumn', () => parseTerm('Autumn', 'term')],
    ['term', 'winter', () => parseTerm('winter', 'term')],
    ['kpi', 'attainment', () => parseKpiName('attainment', 'kpi')],
    ['kpi', undefined, () => parseKpiName(undefined, 'kpi')],
    ['phase', 'nursery', () => parseAcademyPhase('nursery', 'phase')],
    ['phase', ['primary'], () => parseAcademyPhase(['primary'], 'phase')],
  ])('refuses a %s of %p', (field, _input, parse) => {
    expect(invalidField(parse)).toBe(field);
  });

  it('lists the allowed values in its message', () => {
    expect(() => parseTerm('winter', 'term')).toThrow('term: must be one of "autumn", "spring", "summer"');
  });
});

describe('parseMoney', () => {
  it('is bounded at one million pounds', () => {
    expect(MAX_PENCE).toBe(100_000_000);
  });

  it.each([0, 1, 35000, 100_000_000])('accepts %p pence', (pence) => {
    expect(parseMoney(pence, 'amountPence')).toBe(pence);
  });

  it.each([
    [-1],
    [0.5],
    [350.01],
    [100_000_001],
    [Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER + 1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['350'],
    [null],
  ])('refuses %p', (input) => {
    expect(invalidField(() => parseMoney(input, 'amountPence'))).toBe('amountPence');
  });
});

describe('parseText', () => {
  it('trims', () => {
    expect(parseText('  Oak Academy \n', 'name', 200)).toBe('Oak Academy');
  });

  it('accepts exactly the maximum length', () => {
    expect(parseText('x'.repeat(200), 'name', 200)).toHaveLength(200);
    expect(parseText(` ${'x'.repeat(200)} `, 'name', 200)).toHaveLength(200);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['201 characters', 'x'.repeat(201)],
    ['a number', 42],
    ['null', null],
    ['missing', undefined],
  ])('refuses %s', (_label, input) => {
    expect(invalidField(() => parseText(input, 'name', 200))).toBe('name');
  });
});

describe('the free-text rule', () => {
  it.each([
    ['accents and other scripts', 'Zoë Ångström, Łódź, 東京, مدرسة'],
    ['emoji (paired surrogates)', 'Well done 🏫'],
    ['line breaks and tabs', 'First line\nsecond line\r\nthird\tcolumn'],
    ['a right-to-left mark inside visible text', 'مدرسة\u200f 2025'],
    ['a zero-width joiner inside visible text', '👩\u200d🏫 teacher'],
  ])('accepts %s', (_label, text) => {
    expect(textProblem(text)).toBeNull();
    expect(parseText(text, 'summary', 200)).toBe(text.trim());
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['ESC (a terminal escape)', '\u001b[2Jcleared'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['another C1 control', 'a\u009bb'],
    ['LRE', 'a\u202ab'],
    ['RLE', 'a\u202bb'],
    ['PDF', 'a\u202cb'],
    ['LRO', 'a\u202db'],
    ['RLO (right-to-left override)', 'invoice\u202egpj.exe'],
    ['LRI', 'a\u2066b'],
    ['RLI', 'a\u2067b'],
    ['FSI', 'a\u2068b'],
    ['PDI', 'a\u2069b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
    ['only zero-width spaces', '\u200b\u200b'],
    ['only a byte order mark and a word joiner', '\ufeff\u2060'],
    ['only invisible characters and spaces', ' \u200b \u200c\u200d '],
    ['only a soft hyphen', '\u00ad'],
    ['only a Hangul filler', '\u3164'],
  ])('refuses %s, naming the field', (_label, text) => {
    expect(textProblem(text)).not.toBeNull();
    expect(invalidField(() => parseText(text, 'summary', 200))).toBe('summary');
  });
});
