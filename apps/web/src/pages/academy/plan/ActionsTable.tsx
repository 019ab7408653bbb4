import { Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../../format/format';
import { ownerLabel, PLAN_ACTION_STATUSES, wordFor, type PlanPriorityView } from './plan-words';

/** The actions toward the priority, in the order added: each with its owner, the day it is due and how far it has got. */
export function ActionsTable({ priority }: { priority: PlanPriorityView }) {
  return (
    <Stack gap="xs">
      <Title order={4}>Actions</Title>
      {priority.actions.length === 0 ? (
        <Text size="sm">No action yet.</Text>
      ) : (
        <Table withTableBorder aria-label={`Actions toward ${priority.title}`} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Action</Table.Th>
              <Table.Th scope="col">Owner</Table.Th>
              <Table.Th scope="col">Due</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {priority.actions.map((action) => (
              <Table.Tr key={action.actionId}>
                <Table.Td>{action.description}</Table.Td>
                <Table.Td>{ownerLabel(action.owner)}</Table.Td>
                <Table.Td>{formatDate(action.dueOn)}</Table.Td>
                <Table.Td>{wordFor(PLAN_ACTION_STATUSES, action.status)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
