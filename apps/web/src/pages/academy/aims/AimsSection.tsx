import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAims } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { QueryState } from '../../../components/QueryState';
import { isTravelling, useTimeTravel } from '../../../time-travel/time-travel';
import type { CommandAnswer } from './aim-commands';
import { AimDetail } from './AimDetail';
import { AimsTable } from './AimsTable';
import { ScheduleAimForm } from './ScheduleAimForm';

/** The URL's parameter naming the AIM opened, so a link or a refresh opens it again. */
export const AIM_PARAM = 'aim';

/**
 * The academy's Academy Improvement Meetings: the list, the one opened (its documents, outcome and report)
 * and, for the roles that may, the forms to schedule, prepare, hold and report on them. What a form records
 * is read back at the position it was recorded at, so the page shows it at once.
 */
export function AimsSection({ academyId }: { academyId: string }) {
  const { may } = useSession();
  const { travel } = useTimeTravel();
  const [params, setParams] = useSearchParams();
  const [minPosition, setMinPosition] = useState<string | undefined>(undefined);
  const aims = useAims(academyId, true, minPosition);
  const selected = params.get(AIM_PARAM);
  const writable = !isTravelling(travel);

  const open = (aimId: string): void =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(AIM_PARAM, aimId);
      return next;
    });
  const recorded = (answer: CommandAnswer): void => setMinPosition(answer.position);

  return (
    <Stack component="section" aria-labelledby="meetings">
      <Title order={2} id="meetings">
        Meetings
      </Title>
      <QueryState query={aims} what="the AIMs">
        {(answer) =>
          answer.length === 0 ? <Text>No Academy Improvement Meeting is scheduled or held.</Text> : <AimsTable aims={answer} selected={selected} onOpen={open} />
        }
      </QueryState>
      {selected !== null && <AimDetail aimId={selected} writable={writable} onRecorded={recorded} {...(minPosition === undefined ? {} : { minPosition })} />}
      {writable && may('aims.schedule') && (
        <ScheduleAimForm
          academyId={academyId}
          onRecorded={(answer) => {
            recorded(answer);
            open(answer.id);
          }}
        />
      )}
      {!writable && (may('aims.schedule') || may('aims.submit-document')) && <Text size="sm">The AIMs' forms are for the present: choose Now to record.</Text>}
    </Stack>
  );
}
