import { Button, Table } from '@mantine/core';
import type { PeerReviewGroup } from './peer-review-commands';
import { academyNameIn, headteacherName } from './visit-part';

/** The peer review groups the user may see: their year, academies and lead; each opens below. */
export function GroupsTable({ groups, selected, onOpen }: { groups: PeerReviewGroup[]; selected: string | null; onOpen: (groupId: string) => void }) {
  return (
    <Table withTableBorder aria-label="Peer review groups">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Group</Table.Th>
          <Table.Th scope="col">Year</Table.Th>
          <Table.Th scope="col">Academies</Table.Th>
          <Table.Th scope="col">Lead</Table.Th>
          <Table.Th scope="col">Visits</Table.Th>
          <Table.Th scope="col">Diary</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((group) => (
          <Table.Tr key={group.groupId} aria-current={group.groupId === selected ? 'true' : undefined}>
            <Table.Th scope="row" fw={600}>
              {group.name}
            </Table.Th>
            <Table.Td>{group.academicYear}</Table.Td>
            <Table.Td>{group.members.map((member) => academyNameIn(group, member.academyId)).join(', ')}</Table.Td>
            <Table.Td>{headteacherName(group, group.leadHeadteacherId)}</Table.Td>
            <Table.Td>{group.visits.length}</Table.Td>
            <Table.Td>
              <Button size="xs" variant={group.groupId === selected ? 'filled' : 'light'} onClick={() => onOpen(group.groupId)} aria-label={`Open the diary of ${group.name}`}>
                Open
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
