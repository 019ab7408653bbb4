import { BUDGET_AGREEMENT_ROLES } from '../finance/improvement-budget/budget-agreement-role.js';
import type { FinanceEvent } from '../finance/finance.events.js';
import { SUPPORT_ROLES } from '../finance/support-role.js';
import { academicYearStart } from '../values/academic-year.js';
import type { DatedEventCatalogue, StreamOriginUpcaster } from './event-catalogue.js';
import { EventCodecError } from './event-codec-error.js';

/**
 * RechargeReversed v1 did not carry the reversed recharge's delivery day. The recharge is the first event
 * of the reversal's own stream (`recharge-<id>`), so v2's deliveredOn is read from there.
 */
const deliveredOnFromTheRecharge: StreamOriginUpcaster = {
  readsStreamOrigin: true,
  upcast(v1, recharge) {
    const deliveredOn = recharge.data['deliveredOn'];
    if (recharge.type !== 'RechargeLogged' || recharge.data['rechargeId'] !== v1['rechargeId'] || typeof deliveredOn !== 'string') {
      throw new EventCodecError(`cannot upcast RechargeReversed v1 of recharge ${String(v1['rechargeId'])}: its stream does not begin with that recharge`);
    }
    return { ...v1, deliveredOn };
  },
};

export const financeEventCatalogue: DatedEventCatalogue<FinanceEvent> = {
  RateCardSet: {
    storedName: 'RateCardSet',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => {
      const rates = data.object('rates');
      return {
        academicYear: data.string('academicYear'),
        rates: {
          'improvement-director': rates.number('improvement-director'),
          'hub-lead': rates.number('hub-lead'),
          headteacher: rates.number('headteacher'),
          teacher: rates.number('teacher'),
          'support-staff': rates.number('support-staff'),
        },
      };
    },
    effectiveDate: (data) => academicYearStart(data.academicYear),
  },
  ImprovementBudgetAgreed: {
    storedName: 'ImprovementBudgetAgreed',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      amountPence: data.number('amountPence'),
      agreedBy: data.objectArray('agreedBy').map((party) => ({
        name: party.string('name'),
        role: party.oneOf('role', BUDGET_AGREEMENT_ROLES),
      })),
      revisesAmountPence: data.nullableNumber('revisesAmountPence'),
    }),
    effectiveDate: (data) => academicYearStart(data.academicYear),
  },
  CoreDayLogged: {
    storedName: 'CoreDayLogged',
    // v2 added `commitmentId`: a v1 day was stored before a day could name the plan's support commitment it
    // delivers, and reads null.
    schemaVersion: 2,
    upcasters: [(v1) => ({ ...v1, commitmentId: null })],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      deliveredOn: data.string('deliveredOn'),
      days: data.number('days'),
      description: data.string('description'),
      commitmentId: data.nullableString('commitmentId'),
    }),
    effectiveDate: (data) => data.deliveredOn,
  },
  RechargeLogged: {
    storedName: 'RechargeLogged',
    // v2 added `commitmentId`: a v1 recharge was stored before days could name the plan's support commitment
    // they deliver, and reads null.
    schemaVersion: 2,
    upcasters: [(v1) => ({ ...v1, commitmentId: null })],
    read: (data) => ({
      rechargeId: data.string('rechargeId'),
      supportedAcademyId: data.string('supportedAcademyId'),
      providerRole: data.oneOf('providerRole', SUPPORT_ROLES),
      providerAcademyId: data.nullableString('providerAcademyId'),
      days: data.number('days'),
      deliveredOn: data.string('deliveredOn'),
      academicYear: data.string('academicYear'),
      description: data.string('description'),
      ratePence: data.number('ratePence'),
      amountPence: data.number('amountPence'),
      commitmentId: data.nullableString('commitmentId'),
    }),
    effectiveDate: (data) => data.deliveredOn,
  },
  RechargeReversed: {
    storedName: 'RechargeReversed',
    schemaVersion: 2,
    upcasters: [deliveredOnFromTheRecharge],
    read: (data) => ({
      rechargeId: data.string('rechargeId'),
      supportedAcademyId: data.string('supportedAcademyId'),
      providerAcademyId: data.nullableString('providerAcademyId'),
      academicYear: data.string('academicYear'),
      deliveredOn: data.string('deliveredOn'),
      amountPence: data.number('amountPence'),
      reason: data.string('reason'),
      reversedOn: data.string('reversedOn'),
    }),
    // About no day of its own: the ledger dates its contra entries by the reversed recharge's delivery day, which it carries.
    effectiveDate: () => null,
  },
};
