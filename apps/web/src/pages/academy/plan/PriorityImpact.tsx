import { Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { RagBadge } from '../../../components/RagBadge';
import { kpiLabel, termLabel } from '../../../format/format';
import type { PlanPriorityView } from './plan-words';

// The chart library comes with the first chart, not with the page.
const PriorityImpactChart = lazy(() => import('./PriorityImpactChart'));

/** Each KPI the priority targets: its success criteria, its figures term by term against the target (a chart and its table). */
export function PriorityImpact({ priority }: { priority: PlanPriorityView }) {
  return (
    <Stack gap="xs">
      <Title order={4}>Impact on the KPIs targeted</Title>
      {priority.impact.length === 0 && <Text size="sm">It targets no KPI of the academy card.</Text>}
      {priority.impact.map((impact) => {
        const figures = impact.terms.filter((term) => term.value !== null).length;
        const caption = `${kpiLabel(impact.kpi)}: ${impact.target === null ? 'no target set' : `target ${impact.target}`}`;
        return (
          <figure key={impact.kpi} style={{ margin: 0 }} aria-label={`${kpiLabel(impact.kpi)} against its target`}>
            <Text fw={600} size="sm" component="figcaption">
              {caption}
            </Text>
            <Text size="sm">Success: {impact.successCriteria}</Text>
            {figures === 0 ? (
              <Text size="sm" c="dimmed">
                No figure yet this year.
              </Text>
            ) : (
              <Suspense fallback={<Text size="sm" role="status">Loading the chart…</Text>}>
                <PriorityImpactChart impact={impact} />
              </Suspense>
            )}
            <Table withTableBorder aria-label={`${kpiLabel(impact.kpi)} term by term against its target`} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Term</Table.Th>
                  <Table.Th scope="col">Figure</Table.Th>
                  <Table.Th scope="col">Target</Table.Th>
                  <Table.Th scope="col">RAG</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {impact.terms.map((term) => (
                  <Table.Tr key={term.term}>
                    <Table.Th scope="row" fw={400}>
                      {termLabel(term.term)}
                    </Table.Th>
                    <Table.Td>
                      {term.value ?? '—'}
                      {term.corrected ? ' (corrected)' : ''}
                    </Table.Td>
                    <Table.Td>{impact.target ?? '—'}</Table.Td>
                    <Table.Td>{term.rag === null ? '—' : <RagBadge rag={term.rag} />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </figure>
        );
      })}
    </Stack>
  );
}
