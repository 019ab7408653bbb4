import { Stack, Table, Text, Title } from '@mantine/core';
import { RagBadge } from '../../../components/RagBadge';
import { formatDate } from '../../../format/format';
import { raterLabel, ratingSourceLabel, type PlanPriorityView } from './plan-words';

/** Every rating of the priority over the year, by the day rated: on the plan, at an AIM, or by a peer review visit's host. */
export function RagHistoryTable({ priority }: { priority: PlanPriorityView }) {
  return (
    <Stack gap="xs">
      <Title order={4}>RAG history</Title>
      {priority.ragHistory.length === 0 ? (
        <Text size="sm">Not rated yet.</Text>
      ) : (
        <Table withTableBorder aria-label={`RAG history of ${priority.title}`} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Rating</Table.Th>
              <Table.Th scope="col">By</Table.Th>
              <Table.Th scope="col">Source</Table.Th>
              <Table.Th scope="col">Comment</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {priority.ragHistory.map((rating, index) => (
              <Table.Tr key={`${rating.ratedOn}-${index}`}>
                <Table.Td>{formatDate(rating.ratedOn)}</Table.Td>
                <Table.Td>
                  <RagBadge rag={rating.rating} />
                </Table.Td>
                <Table.Td>{raterLabel(rating)}</Table.Td>
                <Table.Td>{ratingSourceLabel(rating)}</Table.Td>
                <Table.Td>{rating.comment ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
