import { Alert } from '@mantine/core';
import { formatDate, formatDateTime } from '../format/format';
import { isTravelling, useTimeTravel, type TimeTravel } from './time-travel';

/** What the page shows while time travel is set, in words. */
export function describeTravel(travel: TimeTravel): string {
  const parts: string[] = [];
  if (travel.asOf !== undefined) parts.push(`As recorded on ${formatDateTime(travel.asOf)}`);
  if (travel.on !== undefined) parts.push(`${parts.length === 0 ? 'As' : 'as'} at ${formatDate(travel.on)}`);
  return parts.join(', ');
}

export function TimeTravelBanner() {
  const { travel } = useTimeTravel();
  if (!isTravelling(travel)) return null;
  return (
    <Alert color="violet" variant="light" role="status" title={describeTravel(travel)} mb="md">
      {travel.asOf !== undefined ? 'What the ledger knew at that moment, before anything recorded since. ' : ''}
      {travel.on !== undefined ? 'The state on that date by what is known' + (travel.asOf !== undefined ? ' then.' : ' now.') : ''} Choose <strong>Now</strong> to return to the present.
    </Alert>
  );
}
