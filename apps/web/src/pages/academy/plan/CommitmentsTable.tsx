import { Stack, Table, Text, Title } from '@mantine/core';
import { formatDate, roleLabel } from '../../../format/format';
import { supportAmounts, supportKindLabel, type PlanView } from './plan-words';

/** The support the trust committed for the academy's tier, against its priorities: planned, delivered, and what is still to deliver. */
export function CommitmentsTable({ plan }: { plan: PlanView }) {
  const titleOf = (priorityId: string): string => plan.priorities.find((priority) => priority.priorityId === priorityId)?.title ?? priorityId;
  return (
    <Stack gap="xs" component="section" aria-labelledby="plan-support">
      <Title order={3} id="plan-support">
        Support committed
      </Title>
      {plan.commitments.length === 0 ? (
        <Text size="sm">No support committed yet.</Text>
      ) : (
        <Table withTableBorder aria-label="Support committed: planned and delivered" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Support</Table.Th>
              <Table.Th scope="col">For the priority</Table.Th>
              <Table.Th scope="col">Committed</Table.Th>
              <Table.Th scope="col">Planned</Table.Th>
              <Table.Th scope="col">Delivered</Table.Th>
              <Table.Th scope="col">Still to deliver</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.commitments.map((commitment) => (
              <Table.Tr key={commitment.commitmentId}>
                <Table.Th scope="row" fw={400}>
                  {supportKindLabel(commitment.kind)}
                </Table.Th>
                <Table.Td>{titleOf(commitment.priorityId)}</Table.Td>
                <Table.Td>
                  {formatDate(commitment.committedOn)} by {commitment.committedBy.name} ({roleLabel(commitment.committedBy.role).toLowerCase()})
                </Table.Td>
                <Table.Td>{supportAmounts(commitment.planned)}</Table.Td>
                <Table.Td>
                  {supportAmounts(commitment.delivered)}
                  {commitment.deliveries.length > 0 && ` (latest on ${formatDate(commitment.deliveries.map((delivery) => delivery.deliveredOn).sort().at(-1) ?? '')})`}
                </Table.Td>
                <Table.Td>{commitment.deliveredInFull ? 'Delivered in full' : supportAmounts(commitment.undelivered)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
