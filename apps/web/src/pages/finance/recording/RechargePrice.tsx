import { Text } from '@mantine/core';
import { formatPounds } from '../../../format/format';
import { useRateCard } from '../../../api/finance-recording';
import { academicYearOfDate, halfDaysOf } from './recording-rules';
import { supportRoleInASentence, type SupportRole } from './support-roles';

/** The day rate times the days, as the ledger prices it (rates are even, so half a day is whole pence). */
export function rechargeAmountPence(ratePence: number, days: number): number {
  return (ratePence / 2) * (days * 2);
}

/**
 * What the recharge will cost, before it is logged: the rate card of the year the support was given (the
 * year's own, or the default rates) for the role, times the days. Announced as it changes.
 */
export function RechargePrice({ role, days, deliveredOn }: { role: SupportRole | ''; days: string; deliveredOn: string }) {
  const year = academicYearOfDate(deliveredOn);
  const rateCard = useRateCard(year);
  const dayCount = halfDaysOf(days);
  const line = (() => {
    if (role === '' || dayCount === null || year === null) return 'The price is shown once who gave the support, the days and the date are given.';
    if (rateCard.error !== null) return `The ${year} rate card could not be read: the recharge is still priced by it when logged.`;
    if (rateCard.data === undefined) return `Reading the ${year} rate card…`;
    const rate = rateCard.data.rates[role];
    const card = rateCard.data.source === 'set' ? `the ${year} rate card` : `the default rates (no rate card was set for ${year})`;
    return `Price: ${dayCount} ${dayCount === 1 ? 'day' : 'days'} at ${formatPounds(rate)} a day for ${supportRoleInASentence(role)}, by ${card}: ${formatPounds(rechargeAmountPence(rate, dayCount))}.`;
  })();
  return (
    <Text size="sm" fw={500} role="status" aria-live="polite" data-testid="recharge-price">
      {line}
    </Text>
  );
}
