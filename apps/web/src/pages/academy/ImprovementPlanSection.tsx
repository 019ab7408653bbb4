import { Stack, Table, Text, Title } from '@mantine/core';
import type { Schemas } from '../../api/queries';
import { RagBadge } from '../../components/RagBadge';
import { formatDate } from '../../format/format';

type Aim = Schemas['AimViewDto'];

/** The priorities the AIMs held set, each with its RAG at each meeting over the year. */
export function ImprovementPlanSection({ aims }: { aims: Aim[] }) {
  const held = aims.filter((aim) => aim.outcome !== null).sort((a, b) => a.date.localeCompare(b.date));
  const priorities = [...new Set(held.flatMap((aim) => aim.outcome?.priorities.map((priority) => priority.priority) ?? []))];
  return (
    <Stack component="section" aria-labelledby="improvement-plan">
      <Title order={2} id="improvement-plan">
        Improvement plan
      </Title>
      {priorities.length === 0 ? (
        <Text>No priority has been set at an AIM yet.</Text>
      ) : (
        <>
          <Text size="sm">The priorities agreed at the AIMs held, with their RAG at each meeting.</Text>
          <Table withTableBorder aria-label="Improvement priorities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Priority</Table.Th>
                {held.map((aim) => (
                  <Table.Th scope="col" key={aim.aimId}>
                    AIM {formatDate(aim.outcome?.heldOn ?? aim.date)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {priorities.map((priority) => (
                <Table.Tr key={priority}>
                  <Table.Th scope="row">{priority}</Table.Th>
                  {held.map((aim) => {
                    const rated = aim.outcome?.priorities.find((candidate) => candidate.priority === priority);
                    return <Table.Td key={aim.aimId}>{rated === undefined ? '—' : <RagBadge rag={rated.rag} />}</Table.Td>;
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={4}>
            {held.flatMap((aim) => aim.outcome?.nextSteps ?? []).length > 0 && <Text fw={600}>Actions</Text>}
            {held.flatMap((aim) => (aim.outcome?.nextSteps ?? []).map((step) => <Text key={`${aim.aimId}-${step}`} size="sm">• {step} (AIM {formatDate(aim.date)})</Text>))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
