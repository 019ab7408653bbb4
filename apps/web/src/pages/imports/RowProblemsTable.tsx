import { Table } from '@mantine/core';
import type { RowProblem } from './import-kinds';

/** Each bad row of a file: its line (the header is line 1), the column at fault and why. */
export function RowProblemsTable({ rows }: { rows: readonly RowProblem[] }) {
  return (
    <Table withTableBorder striped aria-label="Rows refused">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Row</Table.Th>
          <Table.Th scope="col">Column</Table.Th>
          <Table.Th scope="col">Message</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.row}-${row.column ?? ''}-${row.message}`}>
            <Table.Td>{row.row}</Table.Td>
            <Table.Td>{row.column ?? 'The whole row'}</Table.Td>
            <Table.Td>{row.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
