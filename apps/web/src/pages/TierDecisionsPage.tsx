import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useAcademies, useTierDecisions } from '../api/queries';
import { AcademyName } from '../components/AcademyName';
import { QueryState } from '../components/QueryState';
import { useYear, YearSelect } from '../components/YearSelect';
import { PrintBoardPack } from '../print/PrintBoardPack';
import { formatDate, formatDateTime, roleLabel, tierLabel } from '../format/format';
import { COLOURS } from '../app/colours';

/** Every tier decision of a year side by side, for the standards committee: overrides marked, their rationale shown. */
export default function TierDecisionsPage() {
  const [year] = useYear();
  const decisions = useTierDecisions(year);
  const academies = useAcademies();
  const names = new Map((academies.data ?? []).map((academy) => [academy.academyId, academy.name]));
  return (
    <Stack>
      <Title order={1}>Tier decisions</Title>
      <Group>
        <YearSelect />
      </Group>
      <PrintBoardPack title={`Tier decisions ${year}`} />
      <QueryState query={decisions} what={`the tier decisions of ${year}`}>
        {(list) =>
          list.length === 0 ? (
            <Text>No tier decision was recorded for {year}.</Text>
          ) : (
            <Table.ScrollContainer minWidth={1000}>
              <Table withTableBorder striped aria-label={`Tier decisions ${year}`} verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Academy</Table.Th>
                    <Table.Th scope="col">Tier</Table.Th>
                    <Table.Th scope="col">Recommended</Table.Th>
                    <Table.Th scope="col">Reasons</Table.Th>
                    <Table.Th scope="col">Rationale</Table.Th>
                    <Table.Th scope="col">Decided</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((decision) => (
                    <Table.Tr key={decision.decisionId} data-decision={decision.decisionId}>
                      <Table.Td>
                        <AcademyName academyId={decision.academyId} name={names.get(decision.academyId)} />
                        {decision.supersededBy !== null && (
                          <Badge ml="xs" color={COLOURS.neutral} variant="outline">
                            Superseded
                          </Badge>
                        )}
                        {decision.supersedes !== null && (
                          <Badge ml="xs" color={COLOURS.info} variant="outline">
                            Revision
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start" miw={90}>
                          <Text fw={700}>{tierLabel(decision.tier)}</Text>
                          {decision.override && <Badge color={COLOURS.warning}>Override</Badge>}
                        </Stack>
                      </Table.Td>
                      <Table.Td>{tierLabel(decision.recommendedTier)}</Table.Td>
                      <Table.Td>
                        <List size="sm" spacing={2}>
                          {decision.reasons.map((reason) => (
                            <List.Item key={reason}>{reason}</List.Item>
                          ))}
                        </List>
                      </Table.Td>
                      <Table.Td>{decision.rationale ?? <Text c="dimmed">None needed: the tier recommended</Text>}</Table.Td>
                      <Table.Td>
                        {decision.decidedBy.name} ({roleLabel(decision.decidedBy.role)})
                        <br />
                        <Text span size="sm">
                          on {formatDate(decision.decidedOn)}
                        </Text>
                        <br />
                        <Text span size="xs" c="dimmed">
                          recorded {formatDateTime(decision.recordedAt)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
