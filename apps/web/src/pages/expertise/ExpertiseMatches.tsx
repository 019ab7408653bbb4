import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { COLOURS } from '../../app/colours';
import { useAcademies } from '../../api/queries';
import { areaLabel, roleLabel, type ExpertiseMatch } from './expertise-words';

export type MatchAction = 'update' | 'withdraw';

/** The staff a search found, best first: who they are, where they work, their areas; and what may be done with each entry. */
export function ExpertiseMatches({ matches, actions, onAction }: { matches: ExpertiseMatch[]; actions: readonly MatchAction[]; onAction: (action: MatchAction, match: ExpertiseMatch) => void }) {
  const academies = useAcademies();
  const academyName = (academyId: string | null): string => {
    if (academyId === null) return 'The trust (centrally)';
    const academy = academies.data?.find((candidate) => candidate.academyId === academyId);
    return academy === undefined ? `URN ${academyId}` : `${academy.name} (URN ${academyId})`;
  };
  if (matches.length === 0) return <Text>No one listed offers this area.</Text>;
  return (
    <Table withTableBorder striped aria-label="Staff with this expertise">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Name</Table.Th>
          <Table.Th scope="col">Role</Table.Th>
          <Table.Th scope="col">Employed by</Table.Th>
          <Table.Th scope="col">Hub</Table.Th>
          <Table.Th scope="col">Areas</Table.Th>
          {actions.length > 0 && <Table.Th scope="col">Entry</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {matches.map((match) => (
          <Table.Tr key={match.staffId}>
            <Table.Th scope="row" fw={600}>
              {match.name}
            </Table.Th>
            <Table.Td>{roleLabel(match.role)}</Table.Td>
            <Table.Td>{academyName(match.academyId)}</Table.Td>
            <Table.Td>
              {match.hub ?? '—'} {match.sameHub && <Badge color={COLOURS.good}>Same hub</Badge>}
            </Table.Td>
            <Table.Td>{[...match.areas.map(areaLabel), ...match.otherAreas].join(', ')}</Table.Td>
            {actions.length > 0 && (
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {actions.includes('update') && (
                    <Button size="xs" variant="light" onClick={() => onAction('update', match)} aria-label={`Update ${match.name}'s entry`}>
                      Update
                    </Button>
                  )}
                  {actions.includes('withdraw') && (
                    <Button size="xs" variant="default" onClick={() => onAction('withdraw', match)} aria-label={`Withdraw ${match.name}`}>
                      Withdraw
                    </Button>
                  )}
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
