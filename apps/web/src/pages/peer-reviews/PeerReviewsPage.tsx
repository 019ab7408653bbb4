import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePeerReviewGroups } from '../../api/queries';
import { useSession } from '../../auth/SessionProvider';
import { QueryState } from '../../components/QueryState';
import { FormGroupForm } from './FormGroupForm';
import { GroupDiary } from './GroupDiary';
import { GroupsTable } from './GroupsTable';
import type { CommandAnswer } from './peer-review-commands';
import { ScheduleVisitForm } from './ScheduleVisitForm';
import { VisitDetail } from './VisitDetail';

/**
 * The peer to peer programme (seed 003's interim AIMs): the groups the user may see, a group's diary (`?group=`)
 * and one visit (`?visit=`), with the forms of the user's part: the improvement director forms groups and
 * enters visits; the host, the visitors and the lead record theirs on the visit.
 */
export default function PeerReviewsPage() {
  const { may } = useSession();
  const [params, setParams] = useSearchParams();
  const [minPosition, setMinPosition] = useState<string | undefined>(undefined);
  const groups = usePeerReviewGroups(minPosition);
  const groupId = params.get('group');
  const visitId = params.get('visit');
  const recorded = (answer: CommandAnswer): void => setMinPosition(answer.position);
  const open = (next: { group: string; visit?: string }): void =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('group', next.group);
      if (next.visit === undefined) updated.delete('visit');
      else updated.set('visit', next.visit);
      return updated;
    });

  return (
    <Stack gap="lg">
      <Title order={1}>Peer reviews</Title>
      <QueryState query={groups} what="the peer review groups">
        {(answer) => {
          const group = answer.find((candidate) => candidate.groupId === groupId);
          return (
            <>
              {answer.length === 0 ? <Text>No peer review group you may see has been formed.</Text> : <GroupsTable groups={answer} selected={groupId} onOpen={(id) => open({ group: id })} />}
              {group !== undefined && (
                <Stack component="section" aria-labelledby="group-diary">
                  <Title order={2} id="group-diary">
                    {group.name}, {group.academicYear}
                  </Title>
                  <GroupDiary group={group} selected={visitId} onOpen={(id) => open({ group: group.groupId, visit: id })} />
                  {visitId !== null && group.visits.some((visit) => visit.visitId === visitId) && (
                    <VisitDetail key={visitId} group={group} visitId={visitId} onRecorded={recorded} {...(minPosition === undefined ? {} : { minPosition })} />
                  )}
                  {may('peer-reviews.schedule') && (
                    <ScheduleVisitForm
                      key={group.groupId}
                      group={group}
                      onRecorded={(answer) => {
                        recorded(answer);
                        open({ group: group.groupId, visit: answer.id });
                      }}
                    />
                  )}
                </Stack>
              )}
            </>
          );
        }}
      </QueryState>
      {may('peer-reviews.form') && (
        <FormGroupForm
          onRecorded={(answer) => {
            recorded(answer);
            open({ group: answer.id });
          }}
        />
      )}
    </Stack>
  );
}
