import { Badge, Table, Text } from '@mantine/core';
import { COLOURS } from '../../../app/colours';
import type { Schemas } from '../../../api/queries';
import { RagBadge } from '../../../components/RagBadge';
import { formatDate } from '../../../format/format';
import { documentLabel } from './aim-words';

/** The AIM's six documents: submitted when, their RAG where they carry one, overdue where the check found them missing. */
export function AimDocumentsTable({ aim }: { aim: Schemas['AimViewDto'] }) {
  return (
    <>
      <Text size="sm">Documents due by {formatDate(aim.documentsDueOn)}.</Text>
      <Table withTableBorder aria-label="Documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Document</Table.Th>
            <Table.Th scope="col">Submitted</Table.Th>
            <Table.Th scope="col">RAG</Table.Th>
            <Table.Th scope="col">Overdue</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {aim.documents.map((document) => (
            <Table.Tr key={document.type}>
              <Table.Th scope="row" fw={400}>
                {documentLabel(document.type)}
              </Table.Th>
              <Table.Td>{document.submitted && document.submittedOn !== null ? formatDate(document.submittedOn) : 'Not yet'}</Table.Td>
              <Table.Td>{document.rag === null ? '—' : <RagBadge rag={document.rag} />}</Table.Td>
              <Table.Td>{document.overdue ? <Badge color={COLOURS.bad}>Overdue</Badge> : 'No'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
