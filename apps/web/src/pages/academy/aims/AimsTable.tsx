import { Badge, Button, Table, VisuallyHidden } from '@mantine/core';
import { COLOURS } from '../../../app/colours';
import type { Schemas } from '../../../api/queries';
import { formatDate } from '../../../format/format';
import { AIM_STATUSES, documentLabel, formatLabel } from './aim-words';

type Aim = Schemas['AimViewDto'];

/** The academy's AIMs by date: format, status, focus, documents in or overdue; each opens below. */
export function AimsTable({ aims, selected, onOpen }: { aims: Aim[]; selected: string | null; onOpen: (aimId: string) => void }) {
  return (
    <Table withTableBorder aria-label="Academy Improvement Meetings">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Date</Table.Th>
          <Table.Th scope="col">Format</Table.Th>
          <Table.Th scope="col">Status</Table.Th>
          <Table.Th scope="col">Focus</Table.Th>
          <Table.Th scope="col">Documents</Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>Open</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {aims.map((aim) => (
          <Table.Tr key={aim.aimId} aria-current={aim.aimId === selected ? 'true' : undefined}>
            <Table.Td>{formatDate(aim.date)}</Table.Td>
            <Table.Td>{formatLabel(aim.format)}</Table.Td>
            <Table.Td>{AIM_STATUSES[aim.status] ?? aim.status}</Table.Td>
            <Table.Td>{aim.focus ?? '—'}</Table.Td>
            <Table.Td>
              {aim.overdueDocuments.length > 0 ? (
                <Badge color={COLOURS.bad}>Overdue: {aim.overdueDocuments.map(documentLabel).join(', ')}</Badge>
              ) : (
                `${aim.documents.filter((document) => document.submitted).length} of ${aim.documents.length} submitted`
              )}
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant={aim.aimId === selected ? 'filled' : 'light'} onClick={() => onOpen(aim.aimId)} aria-label={`Open the AIM on ${formatDate(aim.date)}`}>
                Open
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
