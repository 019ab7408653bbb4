import { Text } from '@mantine/core';
import type { Schemas } from '../../../api/queries';

type CoreDays = Schemas['CoreDaysLeftDto'];

const daysInWords = (days: number): string => `${days} ${days === 1 ? 'day' : 'days'}`;

/** "Kingsmead Academy has 2.5 of its 6 core days left in 2024/25 (2 days logged, 1.5 days for its AIMs)." */
export function coreDaysLeftInWords(name: string, coreDays: CoreDays): string {
  const taken = `${daysInWords(coreDays.logged)} logged, ${daysInWords(coreDays.aimDays)} for its Academy Improvement Meetings`;
  if (coreDays.left <= 0) return `${name} has used all ${coreDays.entitled} of its core days in ${coreDays.academicYear} (${taken}): further days are recharged as Academy Development Days.`;
  return `${name} has ${coreDays.left} of its ${coreDays.entitled} core days left in ${coreDays.academicYear} (${taken}).`;
}

/** The days left of the academy's core entitlement in the year, announced as the academy or the year changes. */
export function CoreDaysLeft({ name, coreDays, pending, failed }: { name: string | null; coreDays: CoreDays | undefined; pending: boolean; failed: boolean }) {
  const line = (() => {
    if (name === null) return 'The core days left are shown once the academy is chosen.';
    if (failed) return `The core days of ${name} could not be read: the ledger still checks them when the day is logged.`;
    if (pending || coreDays === undefined) return `Reading the core days of ${name}…`;
    return coreDaysLeftInWords(name, coreDays);
  })();
  return (
    <Text size="sm" fw={500} role="status" aria-live="polite" data-testid="core-days-left">
      {line}
    </Text>
  );
}
