import { Badge, Button, Table, Text } from '@mantine/core';
import { COLOURS } from '../../app/colours';
import { formatDate } from '../../format/format';
import type { PeerReviewGroup } from './peer-review-commands';
import { academyNameIn, headteacherName } from './visit-part';

type DiaryVisit = PeerReviewGroup['visits'][number];

function progressOf(visit: DiaryVisit): string {
  if (visit.reportSubmitted) return 'Reported';
  if (visit.recorded) return 'Held, report to come';
  return visit.focusSet ? 'Focus set' : 'Scheduled';
}

/** A group's diary of visits (no contents: those are for each visit's readers); each visit opens below. */
export function GroupDiary({ group, selected, onOpen }: { group: PeerReviewGroup; selected: string | null; onOpen: (visitId: string) => void }) {
  const academyName = (academyId: string): string => academyNameIn(group, academyId);
  if (group.visits.length === 0) return <Text>No visit is in the diary yet.</Text>;
  return (
    <Table withTableBorder aria-label="Diary of visits">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Date</Table.Th>
          <Table.Th scope="col">Academy visited</Table.Th>
          <Table.Th scope="col">Lead</Table.Th>
          <Table.Th scope="col">Visiting</Table.Th>
          <Table.Th scope="col">Progress</Table.Th>
          <Table.Th scope="col">Visit</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {group.visits.map((visit) => (
          <Table.Tr key={visit.visitId} aria-current={visit.visitId === selected ? 'true' : undefined}>
            <Table.Td>{formatDate(visit.visitDate)}</Table.Td>
            <Table.Td>{academyName(visit.hostAcademyId)}</Table.Td>
            <Table.Td>{headteacherName(group, visit.leadHeadteacherId)}</Table.Td>
            <Table.Td>{visit.reviewerIds.map((id) => headteacherName(group, id)).join(', ')}</Table.Td>
            <Table.Td>
              {progressOf(visit)} {visit.reportOverdue && <Badge color={COLOURS.bad}>Report overdue</Badge>}
            </Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant={visit.visitId === selected ? 'filled' : 'light'}
                onClick={() => onOpen(visit.visitId)}
                aria-label={`Open the visit to ${academyName(visit.hostAcademyId)} on ${formatDate(visit.visitDate)}`}
              >
                Open
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
