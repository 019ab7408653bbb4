import { Badge, Stack, Table, Text } from '@mantine/core';
import type { Schemas } from '../../api/queries';
import { RagBadge } from '../../components/RagBadge';
import { KPI_ORDER, kpiLabel } from '../../format/format';
import { COLOURS } from '../../app/colours';

type Kpi = Schemas['AcademyCardKpiDto'];
const TERMS = ['autumn', 'spring', 'summer'] as const;

/** The academic years the card has figures or targets for, latest first. */
export function yearsOf(kpis: readonly Kpi[]): string[] {
  return [...new Set(kpis.map((kpi) => kpi.academicYear))].sort().reverse();
}

function Figure({ row }: { row: Kpi | undefined }) {
  if (row === undefined || row.value === null) return <Text c="dimmed" size="sm">No figure</Text>;
  return (
    <Stack gap={2}>
      <Text fw={600}>
        {row.value}
        {row.corrected && (
          <Badge ml={6} size="xs" color={COLOURS.info} variant="outline">
            Corrected
          </Badge>
        )}
      </Text>
      <Text size="xs">Target {row.target ?? '—'} · National {row.nationalAverage ?? '—'}</Text>
      <RagBadge rag={row.rag} />
    </Stack>
  );
}

/** Five KPIs by term for one academic year: value, target, national average, RAG in words, corrections marked. */
export function KpiTable({ kpis, year, label }: { kpis: readonly Kpi[]; year: string; label: string }) {
  const ofYear = kpis.filter((kpi) => kpi.academicYear === year);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">KPI ({year})</Table.Th>
            {TERMS.map((term) => (
              <Table.Th scope="col" key={term} style={{ textTransform: 'capitalize' }}>
                {term}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {KPI_ORDER.map((kpi) => (
            <Table.Tr key={kpi} data-kpi={kpi}>
              <Table.Th scope="row">{kpiLabel(kpi)}</Table.Th>
              {TERMS.map((term) => (
                <Table.Td key={term} data-term={term}>
                  <Figure row={ofYear.find((row) => row.kpi === kpi && row.term === term)} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
