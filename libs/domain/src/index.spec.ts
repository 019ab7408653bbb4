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
        'BASELINE_CAPACITIES',
        'EIF_2024_AREAS',
        'EIF_GRADES',
        'INSPECTION_FRAMEWORKS',
        'OPTIONAL_INSPECTION_AREAS',
        'OUTCOME_DIRECTIONS',
        'REPORT_CARD_AREAS',
        'REPORT_CARD_GRADES',
        'RISK_LEVELS',
        'SAFEGUARDING_OUTCOMES',
        'SUPPORT_TIERS',
        'evolveTierEvidence',
        'initialTierEvidence',
        'recommendTier',
        'tierConsequences',
        'tierDecisionDecider',
        'BUDGET_AGREEMENT_ROLES',
        'CENTRALLY_EMPLOYED_ROLES',
        'CORE_DAYS_PER_YEAR',
        'DEFAULT_RATES',
        'MAX_DAYS_PER_ENTRY',
        'RECHARGE_LEDGER_EVENT_TYPES',
        'SUPPORT_ROLES',
        'TRUST_CENTRE_INCOME_ACCOUNT',
        'academicYearOfDelivery',
        'coreDaysDecider',
        'coreDaysStreamId',
        'improvementBudgetDecider',
        'improvementBudgetStreamId',
        'improvementIncomeAccount',
        'improvementSpendAccount',
        'parseDeliveredOn',
        'parseRechargeId',
        'parseSupportDays',
        'parseSupportRole',
        'postingsFor',
        'rateCardDecider',
        'rateCardInForce',
        'rateCardStreamId',
        'rateFor',
        'rechargeDecider',
        'rechargeStreamId',
        'reconcile',
      ].sort(),
    );
  });

  it('names each academy stream by its URN', () => {
    expect(domain.academyStreamId('123456')).toBe('academy-123456');
  });

  it('names the finance streams by URN, academic year and recharge id', () => {
    expect(domain.rateCardStreamId('2024/25')).toBe('rate-card-2024-25');
    expect(domain.improvementBudgetStreamId('123456', '2024/25')).toBe('budget-123456-2024-25');
    expect(domain.coreDaysStreamId('123456', '2024/25')).toBe('core-days-123456-2024-25');
    expect(domain.rechargeStreamId('r-1')).toBe('recharge-r-1');
  });
});
