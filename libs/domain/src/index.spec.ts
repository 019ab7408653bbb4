import * as domain from './index.js';

describe('@trust/domain public API', () => {
  it('exports the names other libraries import', () => {
    expect(Object.keys(domain).sort()).toEqual(
      [
        'ACADEMY_PHASES',
        'DomainError',
        'EventCodecError',
        'KPI_NAMES',
        'TERMS',
        'academicYearEnd',
        'academicYearOf',
        'academicYearStart',
        'academyDecider',
        'academyStreamId',
        'createEventCodec',
        'domainEventCatalogue',
        'domainEventCodec',
        'isoDateOf',
        'kpiScale',
        'parseAcademicYear',
        'parseAcademyId',
        'parseAcademyPhase',
        'parseCurriculumGrade',
        'parseIsoDate',
        'parseKpiName',
        'parseKpiTarget',
        'parseKpiValue',
        'parseMoney',
        'parseNationalAverage',
        'parseOneOf',
        'parsePercentage',
        'parseTerm',
        'parseText',
        'ragFor',
      ].sort(),
    );
  });

  it('names each academy stream by its URN', () => {
    expect(domain.academyStreamId('123456')).toBe('academy-123456');
  });
});
