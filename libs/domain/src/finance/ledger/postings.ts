import type { DomainEvent } from '../../events/domain-event.js';
import type { RechargeLoggedData, RechargeReversedData } from '../recharge/recharge.events.js';
import { improvementIncomeAccount, improvementSpendAccount, TRUST_CENTRE_INCOME_ACCOUNT } from './ledger-account.js';
import type { LedgerLine } from './ledger-line.js';

/** The events that post to the ledger; every other event posts nothing. */
export const RECHARGE_LEDGER_EVENT_TYPES = ['RechargeLogged', 'RechargeReversed'] as const;

/**
 * The ledger lines an event posts, as a pure fold: a recharge debits the supported academy's spend and
 * credits the provider's income by the same amount; a reversal posts the contra entries.
 */
export function postingsFor(event: DomainEvent): LedgerLine[] {
  if (event.type === 'RechargeLogged') {
    return rechargeLogged(event.data);
  }
  if (event.type === 'RechargeReversed') {
    return rechargeReversed(event.data);
  }
  return [];
}

function rechargeLogged(recharge: RechargeLoggedData): LedgerLine[] {
  const { rechargeId, academicYear, deliveredOn, amountPence, description } = recharge;
  const line = { rechargeId, academicYear, date: deliveredOn, description };
  return [
    { ...line, ...spend(recharge.supportedAcademyId), debitPence: amountPence, creditPence: 0 },
    { ...line, ...income(recharge.providerAcademyId), debitPence: 0, creditPence: amountPence },
  ];
}

function rechargeReversed(reversal: RechargeReversedData): LedgerLine[] {
  const { rechargeId, academicYear, reversedOn, amountPence, reason } = reversal;
  const description = `Reversal of recharge ${rechargeId}: ${reason}`;
  const line = { rechargeId, academicYear, date: reversedOn, description };
  return [
    { ...line, ...spend(reversal.supportedAcademyId), debitPence: 0, creditPence: amountPence },
    { ...line, ...income(reversal.providerAcademyId), debitPence: amountPence, creditPence: 0 },
  ];
}

function spend(academyId: string): Pick<LedgerLine, 'account' | 'academyId'> {
  return { account: improvementSpendAccount(academyId), academyId };
}

function income(providerAcademyId: string | null): Pick<LedgerLine, 'account' | 'academyId'> {
  return providerAcademyId === null
    ? { account: TRUST_CENTRE_INCOME_ACCOUNT, academyId: null }
    : { account: improvementIncomeAccount(providerAcademyId), academyId: providerAcademyId };
}
