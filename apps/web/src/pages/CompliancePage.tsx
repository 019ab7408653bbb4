import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useCompliance } from '../api/queries';
import { AcademyName } from '../components/AcademyName';
import { QueryState } from '../components/QueryState';
import { useYear, YearSelect } from '../components/YearSelect';
import { tierLabel } from '../format/format';
import { shortfallsOf } from './compliance-shortfalls';
import { COLOURS } from '../app/colours';

function HeldOf({ held, required }: { held: number; required: number | null }) {
  const short = required !== null && held < required;
  return (
    <Text span fw={short ? 700 : 400} c={short ? 'red.9' : undefined}>
      {held} of {required ?? '—'}
      {short && ' (short)'}
    </Text>
  );
}

/** What each academy's tier requires in the year against what was held; shortfalls marked in words. */
export default function CompliancePage() {
  const [year] = useYear();
  const compliance = useCompliance(year);
  return (
    <Stack>
      <Title order={1}>Compliance</Title>
      <Group>
        <YearSelect />
      </Group>
      <QueryState query={compliance} what={`compliance in ${year}`}>
        {(answer) => (
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder striped aria-label={`Compliance ${year}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Academy</Table.Th>
                  <Table.Th scope="col">Tier</Table.Th>
                  <Table.Th scope="col">SIP visits</Table.Th>
                  <Table.Th scope="col">Commissioned reviews</Table.Th>
                  <Table.Th scope="col">AIMs</Table.Th>
                  <Table.Th scope="col">Core days</Table.Th>
                  <Table.Th scope="col">Shortfalls</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {answer.academies.map((entry) => {
                  const shortfalls = shortfallsOf(entry);
                  return (
                    <Table.Tr key={entry.academyId}>
                      <Table.Td>
                        <AcademyName academyId={entry.academyId} name={entry.name} />
                      </Table.Td>
                      <Table.Td>{tierLabel(entry.tier)}</Table.Td>
                      <Table.Td>
                        <HeldOf held={entry.sipVisits.held} required={entry.sipVisits.required} />
                      </Table.Td>
                      <Table.Td>
                        <HeldOf held={entry.reviews.held} required={entry.reviews.required} />
                        {entry.reviews.cadence !== null && <Text size="xs">{entry.reviews.cadence}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <HeldOf held={entry.aims.held} required={entry.aims.expected} />
                      </Table.Td>
                      <Table.Td>
                        {entry.coreDays.used} of {entry.coreDays.entitled} used
                      </Table.Td>
                      <Table.Td>
                        {shortfalls.length === 0 ? <Badge color={COLOURS.good}>None</Badge> : <Badge color={COLOURS.bad}>{shortfalls.join(', ')}</Badge>}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
