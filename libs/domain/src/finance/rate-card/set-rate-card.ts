import { DomainError } from '../../shared/domain-error.js';
import { parseAcademicYear } from '../../values/academic-year.js';
import { SUPPORT_ROLES, type SupportRole } from '../support-role.js';
import type { RateCardRates } from './rate-card.js';
import type { SetRateCard } from './rate-card.commands.js';
import type { RateCardEvent } from './rate-card.events.js';
import type { RateCardState } from './rate-card.state.js';

// £100,000 a day: far above any day rate, and low enough that rate × days and the ledger's sums stay
// exact integers.
export const MAX_DAY_RATE_PENCE = 10_000_000;

export function setRateCard(command: SetRateCard, state: RateCardState): RateCardEvent[] {
  const academicYear = parseAcademicYear(command.academicYear, 'academicYear');
  const rates = parseRates(command.rates);

  const current = state.status === 'set' && state.rateCard.academicYear === academicYear ? state.rateCard.rates : null;
  if (current !== null && SUPPORT_ROLES.every((role) => current[role] === rates[role])) {
    return [];
  }
  return [{ type: 'RateCardSet', data: { academicYear, rates } }];
}

function parseRates(input: unknown): RateCardRates {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw DomainError.invalid('rates', `must give pence per day for each of ${SUPPORT_ROLES.join(', ')}`);
  }
  const given = new Map<string, unknown>(Object.entries(input));
  for (const key of given.keys()) {
    if (!SUPPORT_ROLES.some((role) => role === key)) {
      throw DomainError.invalid(
        `rates.${key}`,
        `is not a role on the rate card; the roles are ${SUPPORT_ROLES.join(', ')}`,
      );
    }
  }
  const rate = (role: SupportRole): number => parseDayRate(given.get(role), `rates.${role}`);
  return {
    'improvement-director': rate('improvement-director'),
    'hub-lead': rate('hub-lead'),
    headteacher: rate('headteacher'),
    teacher: rate('teacher'),
    'support-staff': rate('support-staff'),
  };
}

/** Even, so that half a day is a whole number of pence and a recharge is never rounded. */
function parseDayRate(input: unknown, field: string): number {
  if (
    typeof input !== 'number' ||
    !Number.isSafeInteger(input) ||
    input <= 0 ||
    input > MAX_DAY_RATE_PENCE ||
    input % 2 !== 0
  ) {
    throw DomainError.invalid(
      field,
      `must be a whole, even number of pence per day (so half a day is whole pence), from 2 to ${MAX_DAY_RATE_PENCE}`,
    );
  }
  return input;
}
